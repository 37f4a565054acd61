package dev.migrate.internal.command;

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
		return context.runtime().write("stamp", String.join(" ", targets), session -> {
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
					.insert(new HistoryRecord(0, revision, "stamp", List.copyOf(before), List.copyOf(after), null,
							message, Instant.now(), 0, true, null, null, session.host(),
							context.config().appVersion())));
			}
			session.writeInTransaction(commands);
			return new StampResult(before, after, purge);
		});
	}

}
