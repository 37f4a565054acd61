package dev.migrate.internal.graph;

import dev.migrate.Direction;
import dev.migrate.result.PlannedStep;
import dev.migrate.internal.revision.RevisionScript;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a plan: run {@code revision} in {@code direction}, moving the recorded
 * heads from {@code headsBefore} to {@code headsAfter}. The runtime turns the difference
 * of the two head sets into version-table updates (Alembic's HeadMaintainer), checking
 * each row count.
 *
 * @param revision the revision to run
 * @param direction upgrade or downgrade
 * @param headsBefore the version table's rows before this step
 * @param headsAfter the version table's rows after this step
 */
public record MigrationStep(RevisionScript revision, Direction direction, Set<String> headsBefore,
		Set<String> headsAfter) {

	public MigrationStep {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(direction, "direction");
		headsBefore = Collections.unmodifiableSet(new LinkedHashSet<>(headsBefore));
		headsAfter = Collections.unmodifiableSet(new LinkedHashSet<>(headsAfter));
	}

	/** The plain form of this step that results and listeners carry. */
	public PlannedStep planned() {
		return new PlannedStep(revision.info(), direction, headsBefore, headsAfter);
	}

	@Override
	public String toString() {
		return direction.label() + " " + revision.id() + " " + headsBefore + " -> " + headsAfter;
	}
}
