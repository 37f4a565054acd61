package dev.migrate.internal.runtime;

import dev.migrate.MigrationFailedException;
import dev.migrate.TransactionMode;
import dev.migrate.VersionTableConflictException;
import dev.migrate.internal.graph.MigrationStep;
import dev.migrate.internal.execution.StatementFailedException;
import dev.migrate.internal.revision.RevisionScript;
import java.util.List;
import java.util.Set;

/**
 * Turns a failed step into the error users read: which revision, where
 * ({@code file:line}), the statement and PostgreSQL's message, what state the database
 * was left in, and what to do next.
 */
final class FailureMessages {

	private static final int MAX_STATEMENT_IN_MESSAGE = 4000;

	private FailureMessages() {
	}

	/**
	 * @param completed the step's statements that completed
	 * @param recordingFailed whether every statement completed and only writing the state
	 * rows failed
	 * @param historyTable the history table's name, for the resolve advice
	 * @param headsNow the heads the database records after the failure (in transaction
	 * mode all: the heads the run started from, since every step was rolled back)
	 * @param statementAdvice what to do about the failed statement itself (an invalid
	 * index it left behind), or null
	 * @param blockCommitted whether the revision is transactional and its autocommit
	 * block had committed {@code completed}, the rest being rolled back
	 */
	static RuntimeException describe(MigrationStep step, Exception ex, boolean rolledBack, TransactionMode mode,
			List<String> completed, boolean recordingFailed, String historyTable, Set<String> headsNow,
			String statementAdvice, boolean blockCommitted) {
		if (ex instanceof VersionTableConflictException conflict) {
			// Already says what happened and what to do; the revision itself was fine.
			return conflict;
		}
		RevisionScript revision = step.revision();
		StatementFailedException failure = ex instanceof StatementFailedException s ? s : null;
		StringBuilder message = new StringBuilder();
		message.append("Revision ").append(revision.id());
		if (!revision.message().isEmpty()) {
			message.append(" (").append(revision.message()).append(')');
		}
		message.append(" failed during ").append(step.direction().label());
		if (ex instanceof LockLostException) {
			message.append(" (").append(revision.location()).append("): ").append(ex.getMessage());
		}
		else if (failure != null) {
			message.append(" at ")
				.append(failure.location() != null ? failure.location() : revision.location())
				.append(": ")
				.append(failure.databaseMessage())
				.append("\n  Statement: ")
				.append(abbreviate(failure.sql()));
			if (statementAdvice != null) {
				message.append('\n').append(statementAdvice);
			}
		}
		else {
			message.append(" (").append(revision.location()).append("): ").append(describeCause(ex));
		}
		List<String> alreadyRun = completed;
		if (rolledBack && mode == TransactionMode.ALL) {
			message.append("\nThe whole run was one transaction (transaction mode all) and was rolled back, with the")
				.append(" revisions before this one; the database stays at ")
				.append(describe(headsNow))
				.append(" as it was before this run. Nothing after it ran.");
		}
		else if (rolledBack) {
			message.append("\nThe revision was rolled back; the database stays at ")
				.append(describe(headsNow))
				.append(". Nothing after it ran.");
		}
		else {
			message.append(blockCommitted
					? "\nThe revision is partly applied: its autocommit block committed what ran before and in it,"
							+ " and only what ran after the last commit was rolled back; "
					: "\nThe revision is not transactional: ");
			if (recordingFailed) {
				message.append("all ")
					.append(alreadyRun.size())
					.append(" statement(s) of it completed and stay applied, but recording that failed:");
				for (String statement : alreadyRun) {
					message.append("\n    ").append(abbreviate(statement));
				}
			}
			else if (alreadyRun.isEmpty()) {
				message.append(blockCommitted ? "no statement of it had committed." : "no statement of it had run.");
			}
			else {
				message.append(alreadyRun.size()).append(" statement(s) had already run and stay applied:");
				for (String statement : alreadyRun) {
					message.append("\n    ").append(abbreviate(statement));
				}
			}
			message.append("\nThe version table still records ")
				.append(describe(headsNow))
				.append(" and ")
				.append(historyTable)
				.append(" marks the step as not finished, so upgrade and downgrade stop here until it is resolved.")
				.append(" Nothing after it ran. Finish its remaining statements by hand and run 'migrate resolve ")
				.append(revision.id())
				.append(" --applied', or undo the statements listed above and run 'migrate resolve ")
				.append(revision.id())
				.append(" --rolled-back'.");
		}
		return new MigrationFailedException(message.toString(), revision.id(), step.direction(),
				failure != null && failure.location() != null ? failure.location() : revision.location(),
				failure != null ? failure.sql() : null, failure != null ? failure.sqlState() : null, alreadyRun,
				rolledBack, ex);
	}

	/**
	 * The exception's message with its causes' (a closed connection's own message says
	 * nothing of why the server closed it).
	 */
	private static String describeCause(Throwable ex) {
		StringBuilder text = new StringBuilder(String.valueOf(ex.getMessage()));
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
				text.append(" (caused by: ").append(cause.getMessage()).append(')');
			}
		}
		return text.toString();
	}

	private static String describe(Set<String> heads) {
		return heads.isEmpty() ? "base" : String.join(", ", heads);
	}

	static String abbreviate(String sql) {
		String trimmed = sql.strip();
		return trimmed.length() <= MAX_STATEMENT_IN_MESSAGE ? trimmed
				: trimmed.substring(0, MAX_STATEMENT_IN_MESSAGE) + " ...";
	}

}
