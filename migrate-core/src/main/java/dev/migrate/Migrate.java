package dev.migrate;

import dev.migrate.internal.command.BranchesCommand;
import dev.migrate.internal.command.CheckCommand;
import dev.migrate.internal.command.LintCommand;
import dev.migrate.internal.command.RevisionCommand;
import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintRules;
import dev.migrate.result.DriftCheckResult;
import dev.migrate.result.GeneratedRevision;
import dev.migrate.result.LintReport;
import dev.migrate.result.Severity;
import dev.migrate.schema.SchemaModelSource;
import dev.migrate.result.BranchesResult;
import dev.migrate.internal.command.CommandContext;
import dev.migrate.internal.command.CurrentCommand;
import dev.migrate.internal.command.DowngradeCommand;
import dev.migrate.internal.command.HeadsCommand;
import dev.migrate.internal.command.HistoryCommand;
import dev.migrate.internal.command.OfflineSqlCommand;
import dev.migrate.internal.command.PendingCommand;
import dev.migrate.internal.command.ResolveCommand;
import dev.migrate.internal.command.ShowCommand;
import dev.migrate.internal.command.StampCommand;
import dev.migrate.internal.command.StatusCommand;
import dev.migrate.internal.command.UpgradeCommand;
import dev.migrate.internal.command.VerifyCommand;
import dev.migrate.result.CurrentResult;
import dev.migrate.result.DowngradeResult;
import dev.migrate.result.HeadsResult;
import dev.migrate.result.HistoryResult;
import dev.migrate.result.MigrationStatus;
import dev.migrate.result.PendingResult;
import dev.migrate.result.ResolveResult;
import dev.migrate.result.ShowResult;
import dev.migrate.result.StampResult;
import dev.migrate.result.UpgradeResult;
import dev.migrate.result.VerifyResult;
import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.internal.graph.Target;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.runtime.MigrationRuntime;
import dev.migrate.internal.runtime.RevisionFacts;
import dev.migrate.internal.runtime.Listeners;
import dev.migrate.internal.source.RevisionLoader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The engine's public entry point: one instance per database (and set of revisions).
 * Thread-safe; commands that change the database serialise on a PostgreSQL advisory lock,
 * so several instances (threads, processes, pods) can call {@link #upgrade} at once and
 * each revision still runs once.
 *
 * <p>
 * Commands return result objects; failures are {@link MigrateException} subtypes carrying
 * the ids involved. Exit codes are the CLI's business.
 */
public final class Migrate {

	/** Target of {@link #upgrade()}: every head of the graph. */
	public static final String HEADS = Target.HEADS;

	private final MigrateConfig config;

	private final CommandContext context;

	private Migrate(MigrateConfig config, RevisionGraph graph) {
		this.config = config;
		this.context = new CommandContext(graph, new MigrationRuntime(config, new RevisionFacts()), config);
	}

	/**
	 * Loads the revisions and builds the graph now, so that broken files and graphs fail
	 * fast. SQL sections are split into statements when a command is about to run them
	 * (all of its plan first), so that a start with nothing pending does not split every
	 * file. Does not connect to the database.
	 */
	public static Migrate create(MigrateConfig config) {
		Objects.requireNonNull(config, "config");
		// Each phase is told to the listeners, which the Spring module turns into startup
		// steps.
		Listeners listeners = new Listeners(config.listeners());
		long start = listeners.phaseStarted("engine.scan");
		RevisionLoader.Scanned scanned;
		try {
			scanned = RevisionLoader.builder()
				.locations(config.locations())
				.packages(config.packages())
				.migrations(config.migrations())
				.classLoader(config.classLoader())
				.build()
				.scan();
		}
		finally {
			listeners.phaseFinished("engine.scan", start);
		}
		start = listeners.phaseStarted("engine.load");
		List<RevisionScript> revisions;
		try {
			revisions = scanned.load();
		}
		finally {
			listeners.phaseFinished("engine.load", start);
		}
		start = listeners.phaseStarted("engine.build");
		try {
			return new Migrate(config, RevisionGraph.of(revisions));
		}
		finally {
			listeners.phaseFinished("engine.build", start);
		}
	}

	/**
	 * An engine on this engine's revisions with other settings (another connection,
	 * schema, listeners or timeouts); the revisions are not loaded again. A fleet
	 * target's engine is made this way, and so is the Spring Boot engine from revisions
	 * loaded in the background while the application context starts.
	 * @param other the settings of the new engine; those that choose the revisions
	 * (locations, packages, Java revision instances and class loader) must be this
	 * engine's
	 * @return the new engine
	 * @throws IllegalArgumentException when {@code other} chooses other revisions
	 */
	public Migrate withConfig(MigrateConfig other) {
		Objects.requireNonNull(other, "other");
		String differs = !other.locations().equals(config.locations()) ? "locations"
				: !other.packages().equals(config.packages()) ? "packages"
						: !other.migrations().equals(config.migrations()) ? "migrations"
								: (other.classLoader() != config.classLoader()) ? "class loader" : null;
		if (differs != null) {
			throw new IllegalArgumentException("The new settings choose other revisions than this engine's (their "
					+ differs + " differ): create the engine with Migrate.create instead");
		}
		return new Migrate(other, context.graph());
	}

	/**
	 * Runs a fleet command over {@code targets} on this engine's revisions and settings
	 * (package-private: {@link MigrateFleet} is the API; only this facade reaches into
	 * the engine).
	 */
	dev.migrate.result.FleetResult fleet(String command, List<String> arguments, boolean purge,
			List<FleetTarget> targets, int parallelism, boolean failFast, FleetListener listener) {
		dev.migrate.internal.fleet.FleetRunner runner = new dev.migrate.internal.fleet.FleetRunner(config,
				context.graph(), this::withConfig, parallelism, failFast, listener);
		return switch (command) {
			case "upgrade" -> runner.run(command, targets, heads -> {
				try {
					return !context.graph().planUpgrade(heads, arguments.get(0)).isEmpty();
				}
				catch (MigrateException ex) {
					// Let the target's engine report the problem with its own message.
					return true;
				}
			}, engine -> {
				UpgradeResult result = engine.upgrade(arguments.get(0));
				return new dev.migrate.internal.fleet.TargetOutcome(result.headsAfter(),
						result.applied().stream().map(dev.migrate.result.AppliedStep::revision).toList());
			});
			case "downgrade" -> runner.run(command, targets, heads -> true, engine -> {
				DowngradeResult result = engine.downgrade(arguments.get(0));
				return new dev.migrate.internal.fleet.TargetOutcome(result.headsAfter(),
						result.applied().stream().map(dev.migrate.result.AppliedStep::revision).toList());
			});
			case "stamp" -> runner.run(command, targets, heads -> true,
					engine -> new dev.migrate.internal.fleet.TargetOutcome(engine.stamp(arguments, purge).headsAfter(),
							List.of()));
			case "verify" -> runner.status(command, targets);
			default -> throw new IllegalArgumentException("no fleet command " + command);
		};
	}

	/** Reads a fleet targets file (package-private: see {@link FleetTargets#file}). */
	static List<FleetTarget> fleetTargetsFile(java.nio.file.Path file) {
		return dev.migrate.internal.fleet.TargetFile.read(file);
	}

	/** Runs a fleet targets query (package-private: see {@link FleetTargets#query}). */
	static List<FleetTarget> fleetTargetsQuery(MigrateConfig control, String sql) {
		return dev.migrate.internal.fleet.TargetQuery.run(control, sql);
	}

	public MigrateConfig config() {
		return config;
	}

	/** Upgrades to every head. */
	public UpgradeResult upgrade() {
		return upgrade(HEADS);
	}

	/**
	 * Upgrades to {@code target} (syntax in docs/revision-graph.md); throws on failure
	 * after recording it in the history.
	 */
	public UpgradeResult upgrade(String target) {
		return new UpgradeCommand(context).run(target);
	}

	/**
	 * Downgrades to {@code target}; refuses before running anything when an irreversible
	 * revision is in the way.
	 */
	public DowngradeResult downgrade(String target) {
		return new DowngradeCommand(context).run(target);
	}

	/**
	 * Writes the SQL script for {@code [from:]to} without touching the database:
	 * state-table DDL, each revision's statements with transaction boundaries, and the
	 * version/history statements. Without {@code from}, the script starts at base.
	 */
	public void upgradeSql(String targetOrRange, Writer out) {
		new OfflineSqlCommand(context).upgrade(targetOrRange, out);
	}

	/** Writes the downgrade script for {@code from:to} without touching the database. */
	public void downgradeSql(String range, Writer out) {
		new OfflineSqlCommand(context).downgrade(range, out);
	}

	/**
	 * Records {@code targets} as the current heads without running revisions;
	 * {@code purge} empties the table first.
	 */
	public StampResult stamp(List<String> targets, boolean purge) {
		return new StampCommand(context).run(targets, purge);
	}

	/**
	 * Records an operator's decision about a failed or interrupted non-transactional step
	 * ({@link Resolution#APPLIED}, {@link Resolution#ROLLED_BACK}) or an edited applied
	 * revision ({@link Resolution#ACCEPT_CHECKSUM}), with the database user and time, in
	 * the history.
	 */
	public ResolveResult resolve(String revision, Resolution resolution) {
		return new ResolveCommand(context).run(revision, resolution);
	}

	/** The heads recorded in the database. */
	public CurrentResult current() {
		return new CurrentCommand(context).run();
	}

	/** The heads of the revision graph; does not connect. */
	public HeadsResult heads() {
		return new HeadsCommand(context).run();
	}

	/** The branch points of the revision graph. */
	public BranchesResult branches() {
		return new BranchesCommand(context).run();
	}

	/** One revision with its children. */
	public ShowResult show(String revision) {
		return new ShowCommand(context).run(revision);
	}

	/**
	 * History of the whole graph, with the database's position and recorded rows when the
	 * engine has a database.
	 */
	public HistoryResult history() {
		return history(null);
	}

	/**
	 * History for a range {@code from:to} (either side optional; null for everything),
	 * with the database's position and recorded rows when the engine has a database.
	 */
	public HistoryResult history(@Nullable String range) {
		return history(range, config.hasDatabase());
	}

	/**
	 * History for a range; with {@code readDatabase} false it comes from the revisions
	 * alone and does not connect (unless the range names {@code current}), so it answers
	 * with the database down.
	 */
	public HistoryResult history(@Nullable String range, boolean readDatabase) {
		return new HistoryCommand(context).run(range, readDatabase);
	}

	/**
	 * Whether a history range names {@code current} ({@code current:},
	 * {@code -1:current}) and so needs the database to resolve.
	 */
	public static boolean rangeNamesCurrent(@Nullable String range) {
		return RevisionGraph.rangeNamesCurrent(range);
	}

	/** The steps {@code upgrade heads} would run now. */
	public PendingResult pending() {
		return new PendingCommand(context).run();
	}

	/** Pending steps and checksum mismatches; never throws for either. */
	public VerifyResult verify() {
		return new VerifyCommand(context).run();
	}

	/** Everything the actuator endpoint and health indicator show. */
	public MigrationStatus status() {
		return new StatusCommand(context).run();
	}

	/**
	 * {@code check}: compares the database with {@code model} once it is at the heads; a
	 * result, not an exception, when they differ or revisions are pending.
	 */
	public DriftCheckResult check(SchemaModelSource model) {
		return check(model, List.of());
	}

	/**
	 * {@code check} leaving out tables and sequences that match {@code excludePatterns}
	 * ({@code *} and {@code ?} wildcards, optionally schema-qualified).
	 */
	public DriftCheckResult check(SchemaModelSource model, List<String> excludePatterns) {
		Objects.requireNonNull(model, "model");
		return new CheckCommand(this.context).run(model, excludePatterns);
	}

	/**
	 * Lints the revisions {@code upgrade heads} would apply now (reads the database's
	 * heads), with per-rule severity overrides ({@link Severity#OFF} disables a rule).
	 */
	public LintReport lint(Map<String, Severity> severities) {
		return new LintCommand(this.context).run(null, severities);
	}

	/**
	 * Lints the upgrade revisions of {@code range} ({@code from:to}, e.g.
	 * {@code base:heads}) as if the database stood at {@code from}; does not connect.
	 */
	public LintReport lint(String range, Map<String, Severity> severities) {
		Objects.requireNonNull(range, "range");
		return new LintCommand(this.context).run(range, severities);
	}

	/** The ids of the built-in lint rules, the keys {@link #lint} severities may use. */
	public static List<String> lintRules() {
		return LintRules.builtIn().stream().map(LintRule::id).toList();
	}

	/**
	 * {@code revision}: writes a new revision file; with {@code request.autogenerate()}
	 * its body turns the upgraded database into {@code model}.
	 * @param model the expected schema, or {@code null} when not autogenerating
	 */
	public GeneratedRevision revision(RevisionRequest request, SchemaModelSource model) {
		Objects.requireNonNull(request, "request");
		return new RevisionCommand(this.context).revision(request, model);
	}

	/**
	 * {@code merge}: writes an empty revision that revises every one of
	 * {@code revisions}, joining their branches.
	 * @param directory where to write it, or {@code null} for the default
	 * @param java write a Java revision instead of a SQL file
	 */
	public GeneratedRevision merge(String message, List<String> revisions, Path directory, boolean java) {
		return new RevisionCommand(this.context).merge(message, revisions, directory, java);
	}

	/**
	 * {@code init}: creates {@code directory} with a first, empty base revision for the
	 * author to fill in. Needs no engine and no database.
	 * @throws MigrateException when the directory already holds revisions
	 */
	public static GeneratedRevision init(Path directory) {
		return dev.migrate.internal.command.InitCommand.run(Objects.requireNonNull(directory, "directory"));
	}

	/**
	 * Splits a PostgreSQL script into statements with the lexer that reads SQL revisions
	 * (dollar quoting, {@code E''} strings, nested comments, {@code DO} blocks), for
	 * tools that run scripts over JDBC (the test kit's offline check and data fixtures).
	 * @param script the script text
	 * @param name the script's name, used in error messages
	 * @return the statements in order, without their terminating semicolons
	 * @throws MigrateException when a quote or comment is never closed, or the script
	 * uses psql meta-commands
	 */
	public static List<String> splitScript(String script, String name) {
		return dev.migrate.internal.source.SqlStatementSplitter.split(script, name, 1)
			.stream()
			.map(dev.migrate.internal.source.SqlStatement::sql)
			.toList();
	}

}
