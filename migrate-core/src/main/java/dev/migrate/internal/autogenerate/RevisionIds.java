package dev.migrate.internal.autogenerate;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Generated revision ids (12 lowercase hex characters) and the slugs used in file names.
 */
public final class RevisionIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int ID_BYTES = 6;

	private static final int MAX_SLUG_LENGTH = 40;

	private RevisionIds() {
	}

	public static String generate() {
		byte[] bytes = new byte[ID_BYTES];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** {@code "Add phone number to Users!"} becomes {@code add_phone_number_to_users}. */
	public static String slug(String message) {
		String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (slug.length() > MAX_SLUG_LENGTH) {
			slug = slug.substring(0, MAX_SLUG_LENGTH).replaceAll("_+$", "");
		}
		return slug.isEmpty() ? "revision" : slug;
	}

	/**
	 * {@code "add phone number"} becomes {@code AddPhoneNumber}; a Java class name for
	 * the revision.
	 */
	public static String className(String message) {
		StringBuilder name = new StringBuilder();
		for (String word : slug(message).split("_")) {
			if (!word.isEmpty()) {
				name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return Character.isJavaIdentifierStart(name.charAt(0)) ? name.toString() : "Revision" + name;
	}

}
