package dev.migrate.internal.source;

import dev.migrate.internal.revision.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * The checksums {@link SqlRevisionParser} computes from a whole file's text, computed
 * from its lines one at a time (as a {@link LineReader} gives them) for a file too large
 * to hold: the hash of the normalized text without its final newlines, plus one newline
 * (the checksum), without any, or plus two (the equivalents). Line breaks are held back
 * until a non-empty line follows them, so the final ones never reach the digest.
 */
final class LineChecksum {

	private static final byte[] NEWLINE = { '\n' };

	private final MessageDigest digest = Sha256.newDigest();

	private int heldNewlines;

	private boolean firstLine = true;

	private boolean blank = true;

	void line(String line) {
		if (!firstLine) {
			heldNewlines++;
		}
		firstLine = false;
		if (!line.isEmpty()) {
			for (; heldNewlines > 0; heldNewlines--) {
				digest.update(NEWLINE);
			}
			digest.update(line.getBytes(StandardCharsets.UTF_8));
			blank = blank && line.isBlank();
		}
	}

	/** Whether every line so far was empty or white space. */
	boolean blank() {
		return blank;
	}

	String checksum() {
		return withNewlines(1);
	}

	Set<String> equivalentChecksums() {
		return Set.of(withNewlines(0), withNewlines(2));
	}

	private String withNewlines(int count) {
		return Sha256.hexWithEnding(digest, "\n".repeat(count).getBytes(StandardCharsets.UTF_8));
	}

}
