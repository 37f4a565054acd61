package dev.migrate;

import dev.migrate.command.BranchesResult;
import dev.migrate.command.CurrentResult;
import dev.migrate.command.DowngradeResult;
import dev.migrate.command.HeadsResult;
import dev.migrate.command.HistoryResult;
import dev.migrate.command.MigrationStatus;
import dev.migrate.command.PendingResult;
import dev.migrate.command.ShowResult;
import dev.migrate.command.StampResult;
import dev.migrate.command.UpgradeResult;
import dev.migrate.command.VerifyResult;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * The engine's public entry point: one instance per database (and set of revisions). Thread-safe;
 * commands that change the database serialise on a PostgreSQL advisory lock, so several instances
 * (threads, processes, pods) can call {@link #upgrade} at once and each revision still runs once.
 *
 * <p>Commands return result objects; failures are {@link MigrateException} subtypes carrying the ids
 * involved. Exit codes are the CLI's business.
 */
public final class Migrate {

    /** Target of {@link #upgrade()}: every head of the graph. */
    public static final String HEADS = "heads";

    private final MigrateConfig config;

    private Migrate(MigrateConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Loads the revisions and builds the graph now, so that broken revisions fail fast. */
    public static Migrate create(MigrateConfig config) {
        return new Migrate(config);
    }

    public MigrateConfig config() {
        return config;
    }

    /** Upgrades to every head. */
    public UpgradeResult upgrade() {
        return upgrade(HEADS);
    }

    /** Upgrades to {@code target} (CONTRACTS §3 syntax); throws on failure after recording it in the history. */
    public UpgradeResult upgrade(String target) {
        throw notWired();
    }

    /** Downgrades to {@code target}; refuses before running anything when an irreversible revision is in the way. */
    public DowngradeResult downgrade(String target) {
        throw notWired();
    }

    /**
     * Writes the SQL script for {@code [from:]to} without touching the database: state-table DDL,
     * each revision's statements with transaction boundaries, and the version/history statements.
     * Without {@code from}, the script starts at base.
     */
    public void upgradeSql(String targetOrRange, Writer out) {
        throw notWired();
    }

    /** Writes the downgrade script for {@code from:to} without touching the database. */
    public void downgradeSql(String range, Writer out) {
        throw notWired();
    }

    /** Records {@code targets} as the current heads without running revisions; {@code purge} empties the table first. */
    public StampResult stamp(List<String> targets, boolean purge) {
        throw notWired();
    }

    /** The heads recorded in the database. */
    public CurrentResult current() {
        throw notWired();
    }

    /** The heads of the revision graph, marking those the database records. */
    public HeadsResult heads() {
        throw notWired();
    }

    /** The branch points of the revision graph. */
    public BranchesResult branches() {
        throw notWired();
    }

    /** One revision with its children. */
    public ShowResult show(String revision) {
        throw notWired();
    }

    /** History of the whole graph. */
    public HistoryResult history() {
        return history(null);
    }

    /** History for a range {@code from:to} (either side optional); null for everything. */
    public HistoryResult history(String range) {
        throw notWired();
    }

    /** The steps {@code upgrade heads} would run now. */
    public PendingResult pending() {
        throw notWired();
    }

    /** Pending steps and checksum mismatches; never throws for either. */
    public VerifyResult verify() {
        throw notWired();
    }

    /** Everything the actuator endpoint and health indicator show. */
    public MigrationStatus status() {
        throw notWired();
    }

    private static IllegalStateException notWired() {
        return new IllegalStateException("interim facade: implementation lands with the runtime branch");
    }
}
