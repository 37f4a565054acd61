package dev.migrate.internal.graph;

import dev.migrate.internal.revision.RevisionIds;
import java.util.Arrays;
import java.util.List;

/**
 * Resolves a parsed {@link Target} to {@link Position}s against the graph and the current
 * state. Everything about names (ids, prefixes, labels) and relative walks lives here;
 * what a position means for an upgrade, downgrade or stamp is the caller's business.
 */
final class TargetResolver {

	private final RevisionIndex index;

	TargetResolver(RevisionIndex index) {
		this.index = index;
	}

	/**
	 * Positions for a single (non-range) target: one position, except {@code heads},
	 * which gives one per head.
	 */
	List<Position> resolve(Target target, AppliedState state) {
		String text = target.toString();
		if (target instanceof Target.Heads) {
			return index.heads.length == 0 ? List.of(Position.nothing())
					: Arrays.stream(index.heads).mapToObj(Position::revision).toList();
		}
		if (target instanceof Target.Head) {
			return List.of(singleHead(text));
		}
		if (target instanceof Target.Base) {
			return List.of(Position.nothing());
		}
		if (target instanceof Target.Current) {
			return state.heads.length == 0 ? List.of(Position.nothing())
					: Arrays.stream(state.heads).mapToObj(Position::revision).toList();
		}
		if (target instanceof Target.BranchHeads branchHeads) {
			boolean[] lineage = lineage(reference(branchHeads.label(), text));
			return Arrays.stream(index.heads).filter(h -> lineage[h]).mapToObj(Position::revision).toList();
		}
		if (target instanceof Target.BranchReference onBranch) {
			return List.of(Position.revision(onBranch(onBranch.label(), onBranch.reference(), text)));
		}
		if (target instanceof Target.Reference reference) {
			return List.of(Position.revision(reference(reference.reference(), text)));
		}
		if (target instanceof Target.BranchHead branchHead) {
			return List.of(branchHead(reference(branchHead.label(), text), text));
		}
		if (target instanceof Target.BranchBase branchBase) {
			return List.of(Position.below(branchRoot(reference(branchBase.label(), text))));
		}
		if (target instanceof Target.Relative relative) {
			return List.of(relative(relative, state, text));
		}
		throw new TargetException(text,
				"A range ('" + text + "') is only valid for history and --sql;" + " give a single target here.");
	}

	/**
	 * An exact id, else a branch label (which names the revision declaring it), else a
	 * unique id prefix of at least 4 characters.
	 */
	int reference(String reference, String text) {
		int exact = index.indexOf(reference);
		if (exact >= 0) {
			return exact;
		}
		Integer labelled = index.byLabel.get(reference);
		if (labelled != null) {
			return labelled;
		}
		if (reference.length() >= RevisionIds.MIN_PREFIX) {
			int[] matches = index.withPrefix(reference);
			if (matches.length == 1) {
				return matches[0];
			}
			if (matches.length > 1) {
				throw new AmbiguousRevisionException(text, reference, index.idsOf(matches));
			}
		}
		throw new UnknownRevisionException(text, reference);
	}

	/**
	 * {@code label@rev}: the revision {@code reference} names, which must share a line of
	 * ancestry with the labelled revision. A prefix is matched among the branch's
	 * revisions first (as Alembic does), so a prefix ambiguous in the whole graph may
	 * still name one revision on the branch.
	 */
	int onBranch(String label, String reference, String text) {
		int labelled = reference(label, text);
		boolean[] lineage = lineage(labelled);
		int found;
		if (index.indexOf(reference) < 0 && !index.byLabel.containsKey(reference)
				&& reference.length() >= RevisionIds.MIN_PREFIX) {
			int[] onLine = Arrays.stream(index.withPrefix(reference)).filter(r -> lineage[r]).toArray();
			if (onLine.length > 1) {
				throw new AmbiguousRevisionException(text, reference, index.idsOf(onLine));
			}
			found = onLine.length == 1 ? onLine[0] : reference(reference, text);
		}
		else {
			found = reference(reference, text);
		}
		if (!lineage[found]) {
			throw new TargetException(text,
					"Revision " + index.ids[found] + " is not on branch '" + label + "' (it is neither an ancestor"
							+ " nor a descendant of " + index.ids[labelled] + "). Name a revision of that branch, or"
							+ " drop '" + label + "@' to use " + index.ids[found] + " itself.");
		}
		return found;
	}

	private Position singleHead(String text) {
		if (index.heads.length > 1) {
			throw new MultipleHeadsException(text, index.idsOf(index.heads));
		}
		return index.heads.length == 0 ? Position.nothing() : Position.revision(index.heads[0]);
	}

	/** The one head built on the labelled revision. */
	private Position branchHead(int labelled, String text) {
		boolean[] above = index.descendantsOrSelf(new int[] { labelled }, false);
		int[] heads = Arrays.stream(index.heads).filter(h -> above[h]).toArray();
		if (heads.length > 1) {
			throw new MultipleHeadsException(text, index.idsOf(heads));
		}
		return Position.revision(heads[0]);
	}

	/**
	 * The lowest revision of the labelled revision's branch: walk down while the line has
	 * no fork, i.e. while the parent is the only parent, has no other child or dependent,
	 * and is not a merge (Alembic propagates branch labels down the same way).
	 */
	int branchRoot(int labelled) {
		int current = labelled;
		while (index.parents[current].length == 1) {
			int parent = index.parents[current][0];
			if (index.children[parent].length + index.dependents[parent].length != 1
					|| index.parents[parent].length > 1) {
				break;
			}
			current = parent;
		}
		return current;
	}

	/**
	 * The revisions that share a line of ancestry with the labelled revision (its
	 * ancestors and its descendants over parent edges): the scope of {@code label@+N} and
	 * {@code label@-N}.
	 */
	private boolean[] lineage(int labelled) {
		int[] start = { labelled };
		boolean[] lineage = index.ancestorsOrSelf(start, false);
		boolean[] above = index.descendantsOrSelf(start, false);
		for (int i = 0; i < lineage.length; i++) {
			lineage[i] |= above[i];
		}
		return lineage;
	}

	private Position relative(Target.Relative relative, AppliedState state, String text) {
		if (relative.anchor() == null) {
			boolean[] lineage = relative.label() == null ? null : lineage(reference(relative.label(), text));
			return walk(current(relative, state, lineage, text), relative.steps(), lineage, text, false);
		}
		return walk(anchor(relative, text), relative.steps(), lineageOf(relative, text), text, false);
	}

	/**
	 * Walks a relative target from {@code start} instead of the current heads (a history
	 * range's relative end counts from the other end); {@code clamp} stops at base or at
	 * a head instead of failing, as Alembic's history does.
	 */
	Position relativeFrom(Target.Relative relative, Position start, String text, boolean clamp) {
		Position from = relative.anchor() == null ? start : anchor(relative, text);
		return walk(from, relative.steps(), lineageOf(relative, text), text, clamp);
	}

	private boolean[] lineageOf(Target.Relative relative, String text) {
		return relative.label() == null ? null : lineage(reference(relative.label(), text));
	}

	/**
	 * Where an anchored walk starts: {@code head} (the branch's head with a label),
	 * {@code base} (below the branch, as {@code label@base}), or a revision (on the
	 * branch with a label).
	 */
	private Position anchor(Target.Relative relative, String text) {
		String label = relative.label();
		switch (relative.anchor()) {
			case "head":
				return label == null ? singleHead(text) : branchHead(reference(label, text), text);
			case "base":
				return label == null ? Position.nothing() : Position.below(branchRoot(reference(label, text)));
			default:
				return Position.revision(
						label == null ? reference(relative.anchor(), text) : onBranch(label, relative.anchor(), text));
		}
	}

	/**
	 * Where {@code +N}/{@code -N} start: the single current head (of the branch, with a
	 * label).
	 */
	private Position current(Target.Relative relative, AppliedState state, boolean[] lineage, String text) {
		int[] from = state.heads;
		if (lineage != null) {
			boolean[] onBranch = new boolean[index.size()];
			for (int i = 0; i < onBranch.length; i++) {
				onBranch[i] = state.applied[i] && lineage[i];
			}
			from = index.maximal(onBranch);
		}
		if (from.length > 1) {
			String signed = (relative.steps() > 0 ? "+" : "") + relative.steps();
			throw new AmbiguousTargetException(text,
					relative.label() == null ? "there are several current heads to count from"
							: "several current revisions are on branch '" + relative.label() + "'",
					index.idsOf(from),
					"Count from one of them with '<rev>" + signed + "'"
							+ (relative.label() == null ? " or from a branch with '<label>@" + signed + "'" : "")
							+ ".");
		}
		return from.length == 0 ? Position.nothing() : Position.revision(from[0]);
	}

	/**
	 * Walks {@code steps} up (children) or down (parents), staying within {@code lineage}
	 * if given.
	 */
	private Position walk(Position start, int steps, boolean[] lineage, String text, boolean clamp) {
		Position at = start;
		for (int taken = 0; taken < Math.abs(steps); taken++) {
			if (steps < 0 && !at.isRevision()) {
				if (clamp) {
					return Position.nothing();
				}
				throw new RelativeTargetOutOfRangeException(text, steps, taken, describe(start));
			}
			if (steps < 0 && index.parents[at.revision()].length == 0) {
				at = Position.below(at.revision());
				continue;
			}
			int[] next = steps > 0 ? up(at) : index.parents[at.revision()];
			if (lineage != null) {
				next = Arrays.stream(next).filter(r -> lineage[r]).toArray();
			}
			if (next.length == 0) {
				if (clamp) {
					return at;
				}
				throw new RelativeTargetOutOfRangeException(text, steps, taken, describe(start));
			}
			if (next.length > 1) {
				throw new AmbiguousTargetException(text,
						steps > 0 ? "walking up from " + describe(at) + " reaches a fork into several revisions"
								: "walking down reaches merge " + index.ids[at.revision()]
										+ ", which has several parents",
						index.idsOf(next), "Name the revision instead" + (lineage != null ? "."
								: ", or stay on one branch with '<label>@" + (steps > 0 ? "+" : "") + steps + "'."));
			}
			at = Position.revision(next[0]);
		}
		return at;
	}

	private int[] up(Position at) {
		switch (at.kind()) {
			case NOTHING:
				return index.bases;
			case BELOW:
				return new int[] { at.revision() };
			default:
				return index.children[at.revision()];
		}
	}

	private String describe(Position position) {
		switch (position.kind()) {
			case NOTHING:
				return "base";
			case BELOW:
				return "base (below " + index.ids[position.revision()] + ")";
			default:
				return index.ids[position.revision()];
		}
	}

}
