package dev.migrate.internal.execution;

import dev.migrate.MigrateException;
import dev.migrate.Transactional;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.ops.Operation;
import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import java.util.List;

/**
 * Whether a Java revision runs in a transaction, from its declared {@link Transactional}
 * and the operations it performs:
 * <ul>
 * <li>{@code FALSE}: no.</li>
 * <li>{@code TRUE}: yes; an operation that cannot run in a transaction is an error naming
 * the revision, the operation and its SQL.</li>
 * <li>{@code AUTO}: yes, unless one of its operations cannot run in a transaction.
 * Operations after a raw JDBC call are not seen by the recording; if one of them is
 * non-transactional, the executor refuses it with a message telling to declare the
 * revision {@code FALSE}.</li>
 * </ul>
 * Operations inside an autocommit block ({@link AutocommitBoundary}) run outside the
 * transaction and do not count: a {@code TRUE} or {@code AUTO} revision may create an
 * index concurrently there and stay transactional around it. A block in a revision that
 * runs in autocommit anyway is refused: {@code FALSE}, or {@code AUTO} made
 * non-transactional by an operation outside the block, whose block would promise a
 * transaction around it that is not there.
 */
public final class RevisionTransactionality {

	private RevisionTransactionality() {
	}

	/** Records {@code direction} of the revision and decides. */
	public static boolean decide(RevisionScript revision, Direction direction, Dialect dialect) {
		return decide(revision, direction, dialect, RecordedMigration.Recorder.FRESH);
	}

	/**
	 * Like {@link #decide(RevisionScript, Direction, Dialect)}, with the recording from
	 * {@code recorder}.
	 */
	public static boolean decide(RevisionScript revision, Direction direction, Dialect dialect,
			RecordedMigration.Recorder recorder) {
		RecordedMigration recorded = recorder.record(revision, direction);
		return decide(revision.id(), revision.transactional(), recorded.operations(), dialect);
	}

	/**
	 * @return true to run in a transaction
	 * @throws NonTransactionalOperationException when declared {@code TRUE} but an
	 * operation cannot run in one
	 */
	public static boolean decide(String revisionId, Transactional declared, List<? extends Operation> operations,
			Dialect dialect) {
		boolean block = AutocommitBoundary.anyIn(operations);
		if (declared == Transactional.FALSE) {
			if (block) {
				throw new MigrateException("Revision " + revisionId + " is declared transactional = FALSE, so each of"
						+ " its statements already commits on its own, and its autocommit block has no transaction to"
						+ " leave. Remove op.autocommitBlock(...) (keep its operations), or declare the revision"
						+ " Transactional.TRUE or AUTO to run the rest in a transaction. Nothing was run.");
			}
			return false;
		}
		Operation blocking = firstNonTransactional(AutocommitBoundary.outsideBlocks(operations), dialect);
		if (blocking == null) {
			return true;
		}
		if (declared == Transactional.AUTO) {
			if (block) {
				throw new NonTransactionalOperationException(revisionId, blocking, dialect.render(blocking).get(0),
						"Revision " + revisionId + " has an autocommit block, but its "
								+ blocking.getClass().getSimpleName() + " outside the block cannot run in a"
								+ " transaction:\n    " + dialect.render(blocking).get(0)
								+ "\nAUTO would run the whole revision in autocommit, which the block says it does not."
								+ " Move the operation into the block, or declare the revision Transactional.FALSE"
								+ " without the block. Nothing was run.");
			}
			return false;
		}
		String sql = dialect.render(blocking).get(0);
		throw new NonTransactionalOperationException(revisionId, blocking, sql,
				"Revision " + revisionId + " is declared transactional = TRUE, but its "
						+ blocking.getClass().getSimpleName() + " cannot run inside a transaction:\n    " + sql
						+ "\nRun it in an autocommit block (op.autocommitBlock(() -> ...)): the rest stays"
						+ " transactional. Or declare the revision Transactional.AUTO or FALSE (it then runs in"
						+ " autocommit), or change the operation (e.g. drop CONCURRENTLY).");
	}

	/**
	 * The same decision for a revision that is only being examined (lint): a revision
	 * declared {@code TRUE} counts as transactional even when an operation cannot run in
	 * one, because refusing it is the runtime's job.
	 */
	public static boolean expected(Transactional declared, List<? extends Operation> operations, Dialect dialect) {
		return switch (declared) {
			case FALSE -> false;
			case TRUE -> true;
			case AUTO -> firstNonTransactional(AutocommitBoundary.outsideBlocks(operations), dialect) == null;
		};
	}

	private static Operation firstNonTransactional(List<? extends Operation> operations, Dialect dialect) {
		for (Operation operation : operations) {
			if (!dialect.isTransactional(operation)) {
				return operation;
			}
		}
		return null;
	}

}
