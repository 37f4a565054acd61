package dev.migrate;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The database session holding the migration lock, from {@code pg_stat_activity}.
 *
 * @param pid backend process id (usable with {@code pg_terminate_backend})
 * @param applicationName the holder's {@code application_name} (migrate sets host and
 * process id there)
 * @param user database user
 * @param clientAddress client address, or null for a local socket
 * @param since when the holder acquired the lock (the start of its lock query); null when
 * the server hides it (another role without {@code pg_read_all_stats})
 */
public record LockHolder(int pid, String applicationName, String user, @Nullable String clientAddress,
		@Nullable OffsetDateTime since) {

	@Override
	public String toString() {
		return "pid " + pid + " (application_name '" + applicationName + "', user " + user
				+ (clientAddress != null ? ", client " + clientAddress : "") + ")"
				+ (since != null ? " since " + since : "");
	}
}
