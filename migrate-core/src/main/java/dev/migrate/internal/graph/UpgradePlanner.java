package dev.migrate.internal.graph;

import dev.migrate.internal.graph.Position.Kind;
import dev.migrate.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plans an upgrade: exactly the revisions the target positions need (their closure over
 * parents and depends-on) that are not applied yet, in canonical order. Positions at or
 * below a base need nothing, so a target that is already satisfied gives an empty plan,
 * never a downgrade.
 */
final class UpgradePlanner {

	private final RevisionIndex index;

	UpgradePlanner(RevisionIndex index) {
		this.index = index;
	}

	MigrationPlan plan(AppliedState state, List<Position> targets) {
		int[] revisions = targets.stream()
			.filter(p -> p.kind() == Kind.REVISION)
			.mapToInt(Position::revision)
			.toArray();
		boolean[] needed = index.closure(revisions);
		HeadTracker heads = new HeadTracker(index, state.heads);
		Set<String> from = heads.snapshot();
		Set<String> before = from;
		List<MigrationStep> steps = new ArrayList<>();
		for (int revision : index.order) {
			if (needed[revision] && !state.applied[revision]) {
				heads.upgrade(revision);
				Set<String> after = heads.snapshot();
				steps.add(new MigrationStep(index.scripts[revision], Direction.UPGRADE, before, after));
				before = after;
			}
		}
		return new MigrationPlan(Direction.UPGRADE, from, before, steps);
	}

}
