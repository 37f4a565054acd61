package dev.migrate.internal.command;

import dev.migrate.Direction;
import dev.migrate.MigrateConfig;
import dev.migrate.internal.graph.MigrationStep;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.lint.Linter;
import dev.migrate.result.LintReport;
import dev.migrate.result.Severity;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code lint}: the revisions {@code upgrade heads} would apply now, or the upgrade
 * revisions of a range, checked with the engine's own lock timeout (for
 * {@code missing-lock-timeout}). The CLI, the Spring startup check and the actuator
 * endpoint all come here, so they report the same findings.
 */
public final class LintCommand {

	private final CommandContext context;

	public LintCommand(CommandContext context) {
		this.context = context;
	}

	/**
	 * @param range {@code from:to} (e.g. {@code base:heads}) linted as if the database
	 * stood at {@code from}, without connecting; {@code null} for the pending revisions
	 * (reads the database's current heads)
	 * @param severities per-rule severity overrides ({@link Severity#OFF} disables a
	 * rule)
	 * @throws dev.migrate.MigrateException when {@code severities} names an unknown rule
	 */
	public LintReport run(@Nullable String range, Map<String, Severity> severities) {
		if (range != null) {
			return linter(severities).lint(this.context.graph().planRange(Direction.UPGRADE, range));
		}
		List<RevisionScript> pending = new PendingCommand(this.context).plan()
			.steps()
			.stream()
			.map(MigrationStep::revision)
			.toList();
		if (pending.isEmpty() && severities.isEmpty()) {
			// Nothing to lint and no rule names to check: an application's start with
			// nothing pending need not load the rules.
			return new LintReport(List.of(), List.of());
		}
		return linter(severities).lint(pending);
	}

	private Linter linter(Map<String, Severity> severities) {
		MigrateConfig config = this.context.config();
		return Linter.builder()
			.severities(severities)
			.engineLockTimeout(config.lockTimeout())
			.engineStatementTimeout(config.statementTimeout())
			.build();
	}

}
