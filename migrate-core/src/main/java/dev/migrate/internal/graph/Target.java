package dev.migrate.internal.graph;

import java.util.Objects;

/**
 * A parsed target (docs/revision-graph.md): where upgrade, downgrade or stamp should move
 * the database, or which revisions history shows. Parsing only checks the syntax;
 * {@link RevisionGraph} resolves a target against the revisions and the current heads.
 * {@link #toString()} renders the canonical text.
 */
public sealed interface Target
		permits Target.Heads, Target.Head, Target.Base, Target.Current, Target.Reference, Target.BranchHead,
		Target.BranchHeads, Target.BranchBase, Target.BranchReference, Target.Relative, Target.Range {

	/** The text of the default upgrade target: every head. */
	String HEADS = "heads";

	/**
	 * Parses target text, e.g. {@code heads}, {@code 3a8f}, {@code billing@head},
	 * {@code -2}, {@code ae10+2} or {@code 3a8f:heads}.
	 * @throws MalformedTargetException when the text is not a target
	 */
	static Target parse(String text) {
		return TargetParser.parse(text);
	}

	/** {@code heads}: every head. */
	record Heads() implements Target {
		@Override
		public String toString() {
			return "heads";
		}
	}

	/** {@code head}: the single head; an error when there are several. */
	record Head() implements Target {
		@Override
		public String toString() {
			return "head";
		}
	}

	/** {@code base}: before the first revision (nothing applied). */
	record Base() implements Target {
		@Override
		public String toString() {
			return "base";
		}
	}

	/**
	 * {@code current}: the heads the database records (in ranges: {@code current:},
	 * {@code -1:current}); reading it needs the database.
	 */
	record Current() implements Target {
		@Override
		public String toString() {
			return "current";
		}
	}

	/** A revision id, a unique id prefix of at least 4 characters, or a branch label. */
	record Reference(String reference) implements Target {
		public Reference {
			Objects.requireNonNull(reference, "reference");
		}

		@Override
		public String toString() {
			return reference;
		}
	}

	/** {@code label@head}: the head of the branch the label names. */
	record BranchHead(String label) implements Target {
		public BranchHead {
			Objects.requireNonNull(label, "label");
		}

		@Override
		public String toString() {
			return label + "@head";
		}
	}

	/** {@code label@heads}: every head on the labelled revision's line. */
	record BranchHeads(String label) implements Target {
		public BranchHeads {
			Objects.requireNonNull(label, "label");
		}

		@Override
		public String toString() {
			return label + "@heads";
		}
	}

	/**
	 * {@code label@rev}: a revision (id, unique prefix or label) that must be on the
	 * labelled revision's line; an error names it when it is not.
	 */
	record BranchReference(String label, String reference) implements Target {
		public BranchReference {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(reference, "reference");
		}

		@Override
		public String toString() {
			return label + "@" + reference;
		}
	}

	/**
	 * {@code label@base}: before the branch the label names (used to downgrade one branch
	 * away).
	 */
	record BranchBase(String label) implements Target {
		public BranchBase {
			Objects.requireNonNull(label, "label");
		}

		@Override
		public String toString() {
			return label + "@base";
		}
	}

	/**
	 * A walk of {@code steps} revisions up (positive) or down (negative):
	 * {@code +N}/{@code -N} from the current heads, {@code <rev>+N}/{@code <rev>-N} from
	 * a revision ({@code head} and {@code base} allowed),
	 * {@code label@+N}/{@code label@-N} from the current head of a branch,
	 * {@code label@head-N}, {@code label@base+N} and {@code label@<rev>+N} from that
	 * branch's head, base or revision, staying on the branch. In a history range a
	 * relative end without anchor counts from the range's other end.
	 *
	 * @param label the branch the walk stays on, or {@code null}
	 * @param anchor where the walk starts, or {@code null} for the current heads
	 * @param steps non-zero
	 */
	record Relative(String label, String anchor, int steps) implements Target {
		public Relative {
			if (steps == 0) {
				throw new IllegalArgumentException("steps must not be 0");
			}
		}

		@Override
		public String toString() {
			String signed = steps > 0 ? "+" + steps : Integer.toString(steps);
			return (label == null ? "" : label + "@") + (anchor == null ? "" : anchor) + signed;
		}
	}

	/**
	 * {@code from:to}: the revisions between two targets on one line of ancestry. A side
	 * left empty in the text is {@code null}: for history and upgrades an empty
	 * {@code from} means base and an empty {@code to} means heads; for downgrades the
	 * other way round.
	 */
	record Range(Target from, Target to) implements Target {
		public Range {
			if (from instanceof Range || to instanceof Range) {
				throw new IllegalArgumentException("a range cannot contain a range");
			}
		}

		@Override
		public String toString() {
			return (from == null ? "" : from.toString()) + ":" + (to == null ? "" : to.toString());
		}
	}

}
