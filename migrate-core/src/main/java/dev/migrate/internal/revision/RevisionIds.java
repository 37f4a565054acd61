package dev.migrate.internal.revision;

import java.util.Locale;
import java.util.Set;

/**
 * The spelling rules for revision ids and branch labels (docs/revision-files.md): one
 * place for the SQL file parser, the Java revision reader, the graph and the target
 * parser.
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
	private static final Set<String> RESERVED_LABELS = Set.of("head", "heads", "base");

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

}
