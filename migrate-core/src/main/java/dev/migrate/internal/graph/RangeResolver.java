package dev.migrate.internal.graph;

import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import java.util.List;

/**
 * Ranges {@code from:to}: the revisions between two ends on one line of ancestry
 * (history), and the plan that moves a database assumed to be at one end to the other
 * (offline SQL).
 */
final class RangeResolver {

	private final RevisionIndex index;

	private final TargetResolver resolver;

	private final UpgradePlanner upgrades;

	private final DowngradePlanner downgrades;

	RangeResolver(RevisionIndex index, TargetResolver resolver, UpgradePlanner upgrades, DowngradePlanner downgrades) {
		this.index = index;
		this.resolver = resolver;
		this.upgrades = upgrades;
		this.downgrades = downgrades;
	}

	/**
	 * The revisions that {@code to} needs (over parents and depends-on) and that are
	 * built on {@code from} (over parents, as Alembic does), both ends included, newest
	 * first. An empty {@code from} means base, an empty {@code to} means heads.
	 */
	List<RevisionScript> history(AppliedState state, Target.Range range) {
		String text = range.toString();
		int[] upper = revisions(resolver.resolve(range.to() == null ? new Target.Heads() : range.to(), state));
		boolean[] selected = index.ancestorsOrSelf(upper, true);
		List<Position> from = range.from() == null ? List.of() : resolver.resolve(range.from(), state);
		if (from.stream().noneMatch(p -> p.kind() == Position.Kind.NOTHING)) {
			// A revision starts the range at itself; the spot below a base starts it at
			// that base.
			int[] lower = from.stream().mapToInt(Position::revision).toArray();
			requireAncestors(text, lower, selected, upper);
			if (lower.length > 0) {
				boolean[] above = index.descendantsOrSelf(lower, false);
				for (int i = 0; i < selected.length; i++) {
					selected[i] &= above[i];
				}
			}
		}
		return index.newestFirst(selected);
	}

	/**
	 * The plan from one end to the other, as if the database stood at the start: for an
	 * upgrade {@code from} (empty: base) to {@code to} (empty: heads); for a downgrade
	 * {@code from} (empty: heads) down to {@code to} (empty: base). Relative steps in
	 * {@code to} count from {@code from}.
	 */
	MigrationPlan plan(Direction direction, Target.Range range) {
		String text = range.toString();
		boolean up = direction == Direction.UPGRADE;
		int[] startRevisions = range.from() == null ? (up ? new int[0] : index.heads)
				: revisions(resolver.resolve(range.from(), AppliedState.empty(index)));
		AppliedState start = AppliedState.upTo(index, startRevisions);
		Target to = range.to() != null ? range.to() : up ? new Target.Heads() : new Target.Base();
		List<Position> targets = resolver.resolve(to, start);
		int[] end = revisions(targets);
		if (up) {
			requireAncestors(text, startRevisions, index.closure(end), end);
			return upgrades.plan(start, targets);
		}
		requireAncestors(text, end, start.applied, startRevisions);
		return downgrades.plan(start, targets, text);
	}

	/**
	 * Fails unless every lower revision is in {@code upperClosure}, the closure of
	 * {@code upper}.
	 */
	private void requireAncestors(String text, int[] lower, boolean[] upperClosure, int[] upper) {
		for (int revision : lower) {
			if (!upperClosure[revision]) {
				throw new RangeNotAncestorException(text, index.ids[revision],
						upper.length == 0 ? "base" : String.join(", ", index.idsOf(upper)));
			}
		}
	}

	/** The revisions among positions; positions at or below a base name none. */
	private static int[] revisions(List<Position> positions) {
		return positions.stream().filter(Position::isRevision).mapToInt(Position::revision).toArray();
	}

}
