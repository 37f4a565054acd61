package dev.migrate.internal.command;

import dev.migrate.UnresolvedStepException;
import dev.migrate.internal.runtime.DatabaseState;
import dev.migrate.internal.runtime.UnfinishedStep;

/**
 * Refuses to run past a step recorded as started that did not finish (a non-transactional
 * revision, or a transactional one past its autocommit block's commit): running it again
 * could repeat statements that already took effect (an INSERT, a data fix), and running
 * later revisions would build on a half-applied one.
 */
final class UnfinishedStepCheck {

	private static final int MAX_STATEMENT = 500;

	private UnfinishedStepCheck() {
	}

	static void check(DatabaseState state) {
		if (state.unfinished().isEmpty()) {
			return;
		}
		UnfinishedStep step = state.unfinished().get(0);
		throw new UnresolvedStepException(describe(step), step.revision(), step.direction(),
				step.completedStatements());
	}

	/** What is known about the step and what to do. */
	static String describe(UnfinishedStep step) {
		StringBuilder message = new StringBuilder();
		message.append("Revision ")
			.append(step.revision())
			.append(" (recorded as started: non-transactional, or partly committed by an autocommit block) ")
			.append(step.failed() ? "failed" : "was interrupted (or is still running)")
			.append(" during ")
			.append(step.direction())
			.append(", started at ")
			.append(step.startedAt())
			.append(" by ")
			.append(step.appliedBy())
			.append(step.host() == null ? "" : " on " + step.host())
			.append('.');
		if (step.completedStatements().isEmpty()) {
			message.append("\nNo statement of it is known to have completed.");
		}
		else {
			message.append("\n").append(step.completedStatements().size()).append(" statement(s) had completed:");
			for (String statement : step.completedStatements()) {
				String text = statement.strip();
				message.append("\n    ")
					.append(text.length() <= MAX_STATEMENT ? text : text.substring(0, MAX_STATEMENT) + " ...");
			}
		}
		String error = step.error();
		if (error != null) {
			message.append("\nIts error: ").append(error.lines().findFirst().orElse(""));
		}
		message.append("\nIts statements were not rolled back, so migrate runs nothing past it. Finish the remaining")
			.append(" statements by hand and run 'migrate resolve ")
			.append(step.revision())
			.append(" --applied', or undo the completed ones and run 'migrate resolve ")
			.append(step.revision())
			.append(" --rolled-back'; then run the command again.");
		return message.toString();
	}

}
