package dev.migrate.internal.command;

import java.sql.SQLException;
import dev.migrate.internal.runtime.WriteRun;
import dev.migrate.internal.runtime.MigrationLock;
import dev.migrate.internal.runtime.LockedSession;
import dev.migrate.result.HistoryRecord;
import dev.migrate.result.StampResult;

import dev.migrate.internal.runtime.SqlCommand;
import dev.migrate.internal.runtime.VersionTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code stamp TARGET... [--purge]}: records heads without running revisions. With
 * {@code --purge} the recorded heads are not validated (they may name revisions that no
 * longer exist: that is what purge repairs) and the table is emptied first. One history
 * row with direction {@code stamp} is written per newly recorded head, or one for
 * {@code base} when the stamp only removes heads.
 */
public final class StampCommand {

	private final CommandContext context;

	public StampCommand(CommandContext context) {
		this.context = context;
	}

	public StampResult run(List<String> targets, boolean purge) {
		WriteRun run = context.runtime().startWrite("stamp", String.join(" ", targets));
		try (run) {
			StampResult result;
			try (MigrationLock lock = run.lock()) {
				result = stamp(run.locked(lock), targets, purge);
			}
			return run.finished(result);
		}
		catch (SQLException | RuntimeException ex) {
			throw run.failed(ex);
		}
	}

	/** Plans and writes the version rows from the state read under the lock. */
	private StampResult stamp(LockedSession session, List<String> targets, boolean purge) throws SQLException {
		Set<String> before = session.state().heads();
		Set<String> after = context.graph().stampHeads(purge ? Set.of() : before, targets);
		VersionTable table = session.store().versionTable();
		List<SqlCommand> commands = new ArrayList<>();
		if (purge) {
			commands.add(table.purge());
			commands.addAll(table.changes(Set.of(), after));
		}
		else {
			commands.addAll(table.changes(before, after));
		}
		if (commands.isEmpty()) {
			return new StampResult(before, after, false);
		}
		Set<String> added = new LinkedHashSet<>(after);
		added.removeAll(purge ? Set.of() : before);
		for (String revision : added.isEmpty() ? Set.of("base") : added) {
			String message = context.graph().get(revision).map(r -> r.message()).orElse("");
			commands.add(session.store()
				.historyTable()
				.insert(new HistoryRecord(0, revision, "stamp", List.copyOf(before), List.copyOf(after), null, message,
						Instant.now(), 0, true, null, null, session.host(), context.config().appVersion())));
		}
		session.writeInTransaction(commands);
		return new StampResult(before, after, purge);
	}

}
