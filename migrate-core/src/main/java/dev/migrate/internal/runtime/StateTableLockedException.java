package dev.migrate.internal.runtime;

import dev.migrate.MigrateException;
import java.time.Duration;
import java.util.List;

/**
 * A read of the state tables waited longer than the lock timeout: another session holds
 * (or queues for) an ACCESS EXCLUSIVE lock on one of them. Names those sessions and how
 * to end them, instead of hanging behind them.
 */
public final class StateTableLockedException extends MigrateException {

	private static final long serialVersionUID = 1L;

	StateTableLockedException(Duration waited, List<String> holders, String versionTable, String historyTable,
			Throwable cause) {
		super(message(waited, holders, versionTable, historyTable), cause);
	}

	private static String message(Duration waited, List<String> holders, String versionTable, String historyTable) {
		StringBuilder message = new StringBuilder("Could not read the migration state: waited ")
			.append(waited.toMillis())
			.append(" ms (lock-timeout) for a lock on ")
			.append(versionTable)
			.append(" or ")
			.append(historyTable)
			.append(", which another session keeps locked.");
		if (holders.isEmpty()) {
			message.append(" The blocking session is gone by now; run the command again.");
		}
		else {
			message.append(" Let its transaction finish, or end it if it is stuck:");
			holders.forEach(holder -> message.append("\n    ").append(holder));
		}
		return message.toString();
	}

}
