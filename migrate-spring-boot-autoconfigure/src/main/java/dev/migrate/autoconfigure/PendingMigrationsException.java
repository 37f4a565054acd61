package dev.migrate.autoconfigure;

import dev.migrate.MigrateException;
import dev.migrate.result.ChecksumMismatch;
import dev.migrate.result.PlannedStep;
import java.util.List;

/**
 * Stops startup in {@code migrate.mode=verify} with {@code migrate.on-pending=fail} when
 * the database is not up to date. {@link PendingMigrationsFailureAnalyzer} turns it into
 * a report.
 */
public class PendingMigrationsException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String engineName;

	private final transient List<PlannedStep> pending;

	private final transient List<ChecksumMismatch> mismatches;

	private final String upgradeCommand;

	/**
	 * Creates the exception.
	 * @param engineName the bean name of the engine whose database is behind
	 * @param pending the steps {@code upgrade heads} would run
	 * @param mismatches applied revisions whose source changed
	 * @param upgradeCommand the command line that applies the pending revisions
	 */
	public PendingMigrationsException(String engineName, List<PlannedStep> pending, List<ChecksumMismatch> mismatches,
			String upgradeCommand) {
		super("Database of engine '" + engineName + "' is not up to date: " + pending.size() + " pending revision(s), "
				+ mismatches.size() + " checksum mismatch(es)");
		this.engineName = engineName;
		this.pending = List.copyOf(pending);
		this.mismatches = List.copyOf(mismatches);
		this.upgradeCommand = upgradeCommand;
	}

	/** The bean name of the engine whose database is behind. */
	public String engineName() {
		return this.engineName;
	}

	/** The steps {@code upgrade heads} would run, in order. */
	public List<PlannedStep> pending() {
		return this.pending;
	}

	/** Applied revisions whose source changed since they ran. */
	public List<ChecksumMismatch> mismatches() {
		return this.mismatches;
	}

	/**
	 * The command line that applies the pending revisions, e.g.
	 * {@code java -jar app.jar migrate upgrade heads}.
	 */
	public String upgradeCommand() {
		return this.upgradeCommand;
	}

}
