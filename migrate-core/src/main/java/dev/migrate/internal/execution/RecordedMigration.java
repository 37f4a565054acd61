package dev.migrate.internal.execution;

import dev.migrate.IrreversibleMigrationException;
import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import java.util.List;

/**
 * What one direction of a Java revision does, recorded without a database.
 *
 * <p>
 * Recording calls {@code upgrade()} or {@code downgrade()} with a recording
 * {@link Operations}, so those methods must not have effects outside {@code op} (a Spring
 * bean calling a remote service from {@code upgrade()} would call it while being recorded
 * too).
 *
 * @param operations the operations performed, in order (up to the point of raw JDBC use)
 * @param usesJdbc the revision asked for the JDBC connection: the recording is incomplete
 * @param irreversible downgrade threw {@link IrreversibleMigrationException}
 */
public record RecordedMigration(List<Operation> operations, boolean usesJdbc, boolean irreversible) {

	/**
	 * Where recordings come from: made on each call, or kept for a run (see the runtime's
	 * RevisionFacts).
	 */
	@FunctionalInterface
	public interface Recorder {

		/** Records each time it is asked. */
		Recorder FRESH = (revision, direction) -> RecordedMigration.of(revision.migration(), direction, revision.id());

		RecordedMigration record(RevisionScript revision, Direction direction);

	}

	public RecordedMigration {
		operations = List.copyOf(operations);
	}

	/**
	 * Records {@code direction} of {@code migration}.
	 * @param revisionId named in messages
	 * @throws MigrateException when the migration fails for another reason while being
	 * recorded
	 */
	public static RecordedMigration of(Migration migration, Direction direction, String revisionId) {
		RecordingOperationExecutor recorder = new RecordingOperationExecutor(revisionId);
		Operations op = new Operations(recorder);
		boolean irreversible = false;
		try {
			if (direction == Direction.UPGRADE) {
				migration.upgrade(op);
			}
			else {
				migration.downgrade(op);
			}
		}
		catch (Exception ex) {
			// Whatever the revision made of the JDBC refusal (even wrapped in its own
			// exception), the
			// recorder remembers it; the operations before the JDBC use are still worth
			// having.
			if (!recorder.connectionRequested()) {
				irreversible = acceptIrreversible(ex, direction, revisionId);
			}
		}
		return new RecordedMigration(recorder.operations(), recorder.connectionRequested(), irreversible);
	}

	/**
	 * A downgrade may declare itself irreversible; anything else is a failure of the
	 * revision.
	 */
	private static boolean acceptIrreversible(Exception ex, Direction direction, String revisionId) {
		if (ex instanceof IrreversibleMigrationException && direction == Direction.DOWNGRADE) {
			return true;
		}
		if (ex instanceof MigrateException migrateException) {
			throw migrateException;
		}
		throw new MigrateException("Revision " + revisionId + " failed while its " + direction.label()
				+ " was recorded for offline rendering: " + ex, ex);
	}

	/**
	 * Whether the recording is the complete story: no raw JDBC, and a downgrade that
	 * exists.
	 */
	public boolean renderable() {
		return !usesJdbc && !irreversible;
	}
}
