package dev.migrate.result;

import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;

/**
 * The last command that this engine instance ran against the database.
 *
 * @param run which command, when
 * @param outcome how it ended
 */
public record LastRun(RunInfo run, RunOutcome outcome) {
}
