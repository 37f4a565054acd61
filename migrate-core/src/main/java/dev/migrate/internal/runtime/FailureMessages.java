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

	static RuntimeException describe(MigrationStep step, Exception ex, boolean rolledBack, TransactionMode mode) {
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
		if (failure != null) {
			message.append(" at ")
				.append(failure.location() != null ? failure.location() : revision.location())
				.append(": ")
				.append(failure.databaseMessage())
				.append("\n  Statement: ")
				.append(abbreviate(failure.sql()));
		}
		else {
			message.append(" (").append(revision.location()).append("): ").append(ex.getMessage());
		}
		List<String> alreadyRun = failure != null ? failure.executedStatements() : List.of();
		if (rolledBack) {
			message.append("\nThe revision was rolled back; the database stays at ")
				.append(describe(step.headsBefore()))
				.append(mode == TransactionMode.ALL ? " as it was before this run" : "")
				.append(". Nothing after it ran.");
		}
		else {
			message.append("\nThe revision is not transactional: ");
			if (alreadyRun.isEmpty()) {
				message.append("no statement of it had run.");
			}
			else {
				message.append(alreadyRun.size()).append(" statement(s) had already run and stay applied:");
				for (String statement : alreadyRun) {
					message.append("\n    ").append(abbreviate(statement));
				}
			}
			message.append("\nThe version table still records ")
				.append(describe(step.headsBefore()))
				.append(". Nothing after it ran; undo or finish those statements before retrying.");
		}
		return new MigrationFailedException(message.toString(), revision.id(), step.direction(),
				failure != null && failure.location() != null ? failure.location() : revision.location(),
				failure != null ? failure.sql() : null, failure != null ? failure.sqlState() : null, alreadyRun,
				rolledBack, ex);
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
