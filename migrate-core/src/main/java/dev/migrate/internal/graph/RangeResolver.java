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
	 * first. An empty {@code from} means base, an empty {@code to} means heads;
	 * {@code current} is the recorded heads. A relative end without anchor counts from
	 * the other end ({@code -2:} is the two revisions below the heads and the heads,
	 * {@code ae10:+2} is ae10 and two above it) and, as in Alembic's history, stops at
	 * base or at a head instead of failing.
	 */
	List<RevisionScript> history(AppliedState state, Target.Range range) {
		String text = range.toString();
		Target to = range.to() == null ? new Target.Heads() : range.to();
		Target fromTarget = range.from();
		List<Position> upperPositions;
		List<Position> from;
		if (isUnanchored(to)) {
			Target.Relative up = (Target.Relative) to;
			if (up.steps() < 0) {
				throw new MalformedTargetException(text, "the upper end '" + to + "' counts up from the lower end;"
						+ " use +N, or name the revision to count down from ('<rev>" + up.steps() + "')");
			}
			if (isUnanchored(fromTarget)) {
				throw new MalformedTargetException(text, "both ends are relative; name one of them");
			}
			from = fromTarget == null ? List.of(Position.nothing()) : resolver.resolve(fromTarget, state);
			upperPositions = List.of(resolver.relativeFrom(up, single(from, text), text, true));
		}
		else {
			upperPositions = resolver.resolve(to, state);
			if (isUnanchored(fromTarget)) {
				Target.Relative down = (Target.Relative) fromTarget;
				if (down.steps() > 0) {
					throw new MalformedTargetException(text,
							"the lower end '" + fromTarget
									+ "' counts down from the upper end; use -N, or name the revision to count up from"
									+ " ('<rev>+" + down.steps() + "')");
				}
				from = List.of(resolver.relativeFrom(down, single(upperPositions, text), text, true));
			}
			else {
				from = fromTarget == null ? List.of() : resolver.resolve(fromTarget, state);
			}
		}
		int[] upper = revisions(upperPositions);
		boolean[] selected = index.ancestorsOrSelf(upper, true);
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
		if (range.from() instanceof Target.Current || range.to() instanceof Target.Current) {
			throw new TargetException(text, "'current' needs the database, and an offline script is written without"
					+ " one; name the revision the database is at (see `migrate current`).");
		}
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

	private static boolean isUnanchored(Target target) {
		return target instanceof Target.Relative relative && relative.anchor() == null;
	}

	/** The one position a relative end counts from. */
	private Position single(List<Position> positions, String text) {
		if (positions.size() > 1) {
			throw new AmbiguousTargetException(text, "the end a relative end counts from is several revisions",
					index.idsOf(revisions(positions)), "Name one of them in the range.");
		}
		return positions.get(0);
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
