package dev.migrate.internal.command;

import dev.migrate.internal.runtime.WriteRun;
import dev.migrate.internal.runtime.MigrationLock;
import dev.migrate.MigrateException;
import dev.migrate.Resolution;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.runtime.DatabaseState;
import dev.migrate.internal.runtime.HistoryTable;
import dev.migrate.internal.runtime.LockedSession;
import dev.migrate.internal.runtime.SqlCommand;
import dev.migrate.internal.runtime.UnfinishedStep;
import dev.migrate.result.HistoryRecord;
import dev.migrate.result.ResolveResult;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code resolve REV (--applied | --rolled-back | --accept-checksum)}: records an
 * operator's decision under the lock, in one transaction: the unfinished step's row gets
 * its outcome (with who and when), the version table follows an {@code --applied}
 * decision, an accepted checksum replaces the recorded one, and a history row with
 * direction {@code resolve} says what was decided.
 */
public final class ResolveCommand {

	private final CommandContext context;

	public ResolveCommand(CommandContext context) {
		this.context = context;
	}

	public ResolveResult run(String revision, Resolution resolution) {
		WriteRun run = context.runtime().startWrite("resolve", revision);
		try (run) {
			ResolveResult result;
			try (MigrationLock lock = run.lock()) {
				result = resolve(run.locked(lock), revision, resolution);
			}
			return run.finished(result);
		}
		catch (SQLException | RuntimeException ex) {
			throw run.failed(ex);
		}
	}

	/** Records the decision from the state read under the lock. */
	private ResolveResult resolve(LockedSession session, String revision, Resolution resolution) throws SQLException {
		DatabaseState state = session.state();
		if (resolution == Resolution.ACCEPT_CHECKSUM) {
			return acceptChecksum(session, context.graph().resolve(revision));
		}
		UnfinishedStep step = unfinished(state, revision);
		Set<String> from = new LinkedHashSet<>(step.fromHeads());
		Set<String> after = state.heads();
		List<SqlCommand> commands = new ArrayList<>();
		boolean applied = resolution == Resolution.APPLIED;
		if (applied) {
			if (!state.heads().equals(from)) {
				throw new MigrateException("Cannot record " + step.revision() + " as applied: its " + step.direction()
						+ " started from " + describe(from) + ", but the version table now records "
						+ describe(state.heads()) + ". Check what changed since, then stamp the right heads.");
			}
			after = new LinkedHashSet<>(step.toHeads());
			commands.addAll(session.store().versionTable().changes(from, after));
		}
		HistoryTable history = session.store().historyTable();
		commands.add(history.resolve(step.id(), applied, applied ? "resolved as applied" : "resolved as rolled back"));
		commands.add(history.insert(new HistoryRecord(0, step.revision(), "resolve", List.copyOf(state.heads()),
				List.copyOf(after), null, step.direction() + " " + (applied ? "applied" : "rolled back"), Instant.now(),
				0, true, null, null, session.host(), context.config().appVersion())));
		session.writeInTransaction(commands);
		return new ResolveResult(step.revision(), resolution, state.heads(), after);
	}

	private ResolveResult acceptChecksum(LockedSession session, RevisionScript revision) throws SQLException {
		DatabaseState state = session.state();
		if (!state.appliedChecksums().containsKey(revision.id())) {
			throw new MigrateException(
					"Cannot accept the checksum of " + revision.id() + ": it has no successful upgrade recorded in "
							+ session.store().historyTable().name() + ", so there is no checksum to replace.");
		}
		String recorded = state.appliedChecksums().get(revision.id());
		String current = context.runtime().facts().checksum(revision);
		if (current == null || revision.matchesChecksum(current, recorded)) {
			throw new MigrateException("Nothing to accept: the recorded checksum of " + revision.id()
					+ " matches the revision as it is now.");
		}
		HistoryTable history = session.store().historyTable();
		List<SqlCommand> commands = new ArrayList<>();
		commands.add(
				SqlCommand.of(
						"UPDATE " + history.name() + " SET checksum = ? WHERE id = (SELECT max(id) FROM "
								+ history.name() + " WHERE revision = ? AND success AND direction = 'upgrade')",
						1, current, revision.id()));
		commands.add(history.insert(new HistoryRecord(0, revision.id(), "resolve", List.copyOf(state.heads()),
				List.copyOf(state.heads()), current, "accepted checksum (was " + recorded + ")", Instant.now(), 0, true,
				null, null, session.host(), context.config().appVersion())));
		session.writeInTransaction(commands);
		return new ResolveResult(revision.id(), Resolution.ACCEPT_CHECKSUM, state.heads(), state.heads());
	}

	private UnfinishedStep unfinished(DatabaseState state, String revision) {
		Optional<String> id = context.graph().get(revision).map(RevisionScript::id);
		String wanted = id.orElseGet(() -> {
			try {
				return context.graph().resolve(revision).id();
			}
			catch (MigrateException ex) {
				return revision; // a step of a revision that is no longer in the code
			}
		});
		return state.unfinished()
			.stream()
			.filter(step -> step.revision().equals(wanted))
			.reduce((first, second) -> second)
			.orElseThrow(() -> new MigrateException("Revision " + wanted + " has no failed or interrupted step to "
					+ "resolve"
					+ (state.unfinished().isEmpty() ? "; no step is waiting for a decision."
							: "; steps waiting for a decision: " + state.unfinished()
								.stream()
								.map(step -> step.revision() + " (" + step.direction() + ")")
								.toList() + ".")
					+ " To accept an edited applied revision, use --accept-checksum."));
	}

	private static String describe(Set<String> heads) {
		return heads.isEmpty() ? "base" : String.join(", ", heads);
	}

}
