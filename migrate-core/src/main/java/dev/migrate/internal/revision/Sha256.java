package dev.migrate.internal.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * SHA-256 as lower-case hex, the form revision checksums take in the history table. One
 * place for SQL files, rendered Java revisions and class files, so all of them hash
 * alike.
 */
public final class Sha256 {

	/**
	 * One digest per thread: looking the algorithm up per call costs more than hashing a
	 * small file.
	 */
	private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

	private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

	private Sha256() {
	}

	/** The hash of {@code text} encoded as UTF-8. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String hex(byte[] bytes) {
		// digest() leaves the instance reset for the next call
		return hexOf(DIGEST.get().digest(bytes));
	}

	/**
	 * The hashes of {@code text} followed by each of {@code endings}, all encoded as
	 * UTF-8, hashing {@code text} once: a revision file's checksum and its equivalents
	 * differ only in their final newlines.
	 */
	public static List<String> hexWithEndings(String text, String... endings) {
		MessageDigest digest = DIGEST.get();
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		List<String> hashes = new ArrayList<>(endings.length);
		try {
			for (String ending : endings) {
				hashes.add(hexWithEnding(digest, ending.getBytes(StandardCharsets.UTF_8)));
			}
		}
		finally {
			digest.reset();
		}
		return hashes;
	}

	/**
	 * The hash of what {@code digest} has taken so far followed by {@code ending},
	 * leaving {@code digest} as it was (it is cloned).
	 */
	public static String hexWithEnding(MessageDigest digest, byte[] ending) {
		try {
			MessageDigest copy = (MessageDigest) digest.clone();
			copy.update(ending);
			return hexOf(copy.digest());
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("The JDK's SHA-256 digest can be cloned", ex);
		}
	}

	/** A fresh digest, for text hashed piece by piece (see {@link #hexOf}). */
	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform provides SHA-256", ex);
		}
	}

	/** A finished hash as lower-case hex. */
	public static String hexOf(byte[] hash) {
		char[] hex = new char[hash.length * 2];
		for (int i = 0; i < hash.length; i++) {
			hex[2 * i] = HEX_DIGITS[(hash[i] >> 4) & 0xF];
			hex[2 * i + 1] = HEX_DIGITS[hash[i] & 0xF];
		}
		return new String(hex);
	}

}
