package dev.migrate.internal.lint;

import dev.migrate.result.LintReport;
import dev.migrate.result.Severity;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.internal.graph.MigrationStep;
import dev.migrate.Direction;
import java.util.Map;
import java.util.Objects;

/**
 * Lints an engine's revisions with the engine's own settings: its lock timeout (for
 * {@code missing-lock-timeout}) and its class loader (to read {@code classpath:} revision
 * files for suppression comments). The CLI's {@code lint} command, the Spring startup
 * check and the actuator endpoint all go through here, so they report the same findings.
 *
 * <pre>{@code
 * LintReport report = MigrateLint.of(engine, Map.of("drop-column", Severity.WARNING)).pending();
 * }</pre>
 */
public final class MigrateLint {

	private final Migrate engine;

	private final Linter linter;

	private MigrateLint(Migrate engine, Linter linter) {
		this.engine = engine;
		this.linter = linter;
	}

	/**
	 * @param engine the engine whose revisions to lint
	 * @param severities per-rule severity overrides ({@link Severity#OFF} disables a
	 * rule)
	 * @throws dev.migrate.MigrateException when {@code severities} names an unknown rule
	 */
	public static MigrateLint of(Migrate engine, Map<String, Severity> severities) {
		Objects.requireNonNull(engine, "engine");
		MigrateConfig config = engine.config();
		Linter linter = Linter.builder().severities(severities).engineLockTimeout(config.lockTimeout()).build();
		return new MigrateLint(engine, linter);
	}

	/**
	 * Lints the revisions {@code upgrade heads} would apply now, in order. Reads the
	 * database's current heads.
	 */
	public LintReport pending() {
		return linter.lint(engine.pending().steps().stream().map(MigrationStep::revision).toList());
	}

	/**
	 * Lints the upgrade revisions of {@code range} ({@code from:to}, e.g.
	 * {@code base:heads}) as if the database stood at {@code from}; needs no database, so
	 * CI can lint a branch before it is deployed.
	 */
	public LintReport range(String range) {
		return linter.lint(engine.graph().planRange(Direction.UPGRADE, range));
	}

}
