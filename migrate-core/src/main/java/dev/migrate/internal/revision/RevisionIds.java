package dev.migrate.internal.revision;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * The spelling rules for revision ids and branch labels (docs/revision-files.md): one
 * place for the SQL file parser, the Java revision reader, the graph and the target
 * parser; and the ids, file-name slugs and class names that {@code revision} generates,
 * which must follow those rules.
 */
public final class RevisionIds {

	/** Longest id or label. */
	public static final int MAX_LENGTH = 64;

	/** Shortest prefix that resolves to a revision. */
	public static final int MIN_PREFIX = 4;

	/** How the rule for ids reads in error messages. */
	public static final String ID_RULE = "1-64 characters of A-Z, a-z, 0-9 and _";

	/**
	 * Words the target syntax gives a meaning of its own: a label named like this could
	 * never be addressed.
	 */
	private static final Set<String> RESERVED_LABELS = Set.of("head", "heads", "base", "current");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int GENERATED_ID_BYTES = 6;

	private static final int MAX_SLUG_LENGTH = 40;

	private RevisionIds() {
	}

	/** Whether {@code id} is 1-64 characters of {@code [A-Za-z0-9_]}. */
	public static boolean isValidId(String id) {
		if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether {@code label} is one of {@code head}, {@code heads}, {@code base}, in any
	 * case.
	 */
	public static boolean isReservedLabel(String label) {
		return RESERVED_LABELS.contains(label.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether {@code label} can be used as a branch label: spelled like an id (so
	 * {@code label@head}, {@code label@-1} and {@code from:to} stay unambiguous) and not
	 * a reserved word.
	 */
	public static boolean isValidBranchLabel(String label) {
		return isValidId(label) && !isReservedLabel(label);
	}

	/** A new revision id: 12 random lowercase hex characters. */
	public static String generate() {
		byte[] bytes = new byte[GENERATED_ID_BYTES];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * The file-name part of a message: {@code "Add phone number to Users!"} becomes
	 * {@code add_phone_number_to_users}.
	 */
	public static String slug(String message) {
		String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (slug.length() > MAX_SLUG_LENGTH) {
			slug = slug.substring(0, MAX_SLUG_LENGTH).replaceAll("_+$", "");
		}
		return slug.isEmpty() ? "revision" : slug;
	}

	/**
	 * A Java class name for the revision: {@code "add phone number"} becomes
	 * {@code AddPhoneNumber}.
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
