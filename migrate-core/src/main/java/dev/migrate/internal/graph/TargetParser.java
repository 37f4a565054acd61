package dev.migrate.internal.graph;

import dev.migrate.internal.revision.RevisionIds;

/** Turns target text into a {@link Target}; syntax only, no revision lookups. */
final class TargetParser {

	private TargetParser() {
	}

	static Target parse(String text) {
		if (text == null || text.isBlank()) {
			throw new MalformedTargetException(text == null ? "" : text.strip(), "the target is empty");
		}
		String trimmed = text.strip();
		int colon = trimmed.indexOf(':');
		if (colon < 0) {
			return single(trimmed, trimmed);
		}
		if (trimmed.indexOf(':', colon + 1) >= 0) {
			throw new MalformedTargetException(trimmed, "a range has exactly one ':'");
		}
		String from = trimmed.substring(0, colon).strip();
		String to = trimmed.substring(colon + 1).strip();
		return new Target.Range(from.isEmpty() ? null : single(from, trimmed),
				to.isEmpty() ? null : single(to, trimmed));
	}

	/**
	 * Parses one side of a range (or a whole non-range target); {@code whole} is used in
	 * errors.
	 */
	private static Target single(String text, String whole) {
		switch (text) {
			case "heads":
				return new Target.Heads();
			case "head":
				return new Target.Head();
			case "base":
				return new Target.Base();
			case "current":
				return new Target.Current();
			default:
				break;
		}
		int at = text.indexOf('@');
		if (at >= 0) {
			return branchScoped(text, at, whole);
		}
		int sign = signIndex(text);
		if (sign >= 0) {
			String anchor = text.substring(0, sign);
			if (anchor.isEmpty()) {
				return new Target.Relative(null, null, steps(text.substring(sign), whole));
			}
			if (anchor.equals("heads")) {
				throw new MalformedTargetException(whole, "'heads' cannot start a relative step; use 'head',"
						+ " '<label>@" + text.substring(sign) + "' or a revision");
			}
			checkReference(anchor, whole);
			return new Target.Relative(null, anchor, steps(text.substring(sign), whole));
		}
		checkReference(text, whole);
		return new Target.Reference(text);
	}

	private static Target branchScoped(String text, int at, String whole) {
		String label = text.substring(0, at);
		String rest = text.substring(at + 1);
		if (label.isEmpty()) {
			throw new MalformedTargetException(whole, "a branch label is missing before '@'");
		}
		if (!RevisionIds.isValidId(label)) {
			throw new MalformedTargetException(whole, "branch label '" + label
					+ "' may only contain A-Z, a-z, 0-9 and _ (at most " + RevisionIds.MAX_LENGTH + ")");
		}
		if (rest.equals("head")) {
			return new Target.BranchHead(label);
		}
		if (rest.equals("base")) {
			return new Target.BranchBase(label);
		}
		if (rest.equals("heads")) {
			return new Target.BranchHeads(label);
		}
		if (rest.isEmpty()) {
			throw new MalformedTargetException(whole,
					"after '" + label + "@' expected head, heads, base, a revision, +N or -N");
		}
		int sign = signIndex(rest);
		if (sign == 0) {
			return new Target.Relative(label, null, steps(rest, whole));
		}
		if (sign > 0) {
			String anchor = rest.substring(0, sign);
			if (!anchor.equals("head") && !anchor.equals("base")) {
				checkReference(anchor, whole);
			}
			return new Target.Relative(label, anchor, steps(rest.substring(sign), whole));
		}
		checkReference(rest, whole);
		return new Target.BranchReference(label, rest);
	}

	/** The index of the first '+' or '-', or -1. */
	private static int signIndex(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '+' || c == '-') {
				return i;
			}
		}
		return -1;
	}

	/** Parses "+N" or "-N" with N a positive whole number. */
	private static int steps(String signed, String whole) {
		String digits = signed.substring(1);
		if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new MalformedTargetException(whole,
					"'" + signed + "' is not a step count: expected +N or -N" + " with N a whole number");
		}
		int count;
		try {
			count = Integer.parseInt(digits);
		}
		catch (NumberFormatException tooLarge) {
			throw new MalformedTargetException(whole, "step count " + digits + " is too large");
		}
		if (count == 0) {
			throw new MalformedTargetException(whole, "a step count must be at least 1");
		}
		return signed.charAt(0) == '-' ? -count : count;
	}

	private static void checkReference(String reference, String whole) {
		if (reference.length() > RevisionIds.MAX_LENGTH) {
			throw new MalformedTargetException(whole,
					"'" + reference + "' is longer than " + RevisionIds.MAX_LENGTH + " characters");
		}
		if (!RevisionIds.isValidId(reference)) {
			throw new MalformedTargetException(whole, "'" + reference
					+ "' is not a revision id, prefix or branch label (only A-Z, a-z, 0-9 and _ are allowed)");
		}
	}

}
