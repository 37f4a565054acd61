package dev.migrate;

import dev.migrate.internal.command.BranchesCommand;
import dev.migrate.result.BranchesResult;
import dev.migrate.internal.command.CommandContext;
import dev.migrate.internal.command.CurrentCommand;
import dev.migrate.internal.command.DowngradeCommand;
import dev.migrate.internal.command.HeadsCommand;
import dev.migrate.internal.command.HistoryCommand;
import dev.migrate.internal.command.OfflineSqlCommand;
import dev.migrate.internal.command.PendingCommand;
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
import dev.migrate.result.ShowResult;
import dev.migrate.result.StampResult;
import dev.migrate.result.UpgradeResult;
import dev.migrate.result.VerifyResult;
import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.runtime.MigrationRuntime;
import dev.migrate.internal.runtime.RevisionFacts;
import dev.migrate.internal.source.RevisionLoader;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

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
	public static final String HEADS = "heads";

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
		List<RevisionScript> revisions = RevisionLoader.builder()
			.locations(config.locations())
			.packages(config.packages())
			.migrations(config.migrations())
			.classLoader(config.classLoader())
			.build()
			.load();
		return new Migrate(config, RevisionGraph.of(revisions));
	}

	public MigrateConfig config() {
		return config;
	}

	/** The loaded revisions as a graph (pure; no database access). */
	public RevisionGraph graph() {
		return context.graph();
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

	/** The heads recorded in the database. */
	public CurrentResult current() {
		return new CurrentCommand(context).run();
	}

	/** The heads of the revision graph, marking those the database records. */
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

	/** History of the whole graph. */
	public HistoryResult history() {
		return history(null);
	}

	/**
	 * History for a range {@code from:to} (either side optional); null for everything.
	 */
	public HistoryResult history(String range) {
		return new HistoryCommand(context).run(range);
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

}
