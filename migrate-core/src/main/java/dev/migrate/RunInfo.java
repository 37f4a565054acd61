package dev.migrate;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Identifies one command run for {@link MigrateListener}s.
 *
 * @param command {@code upgrade}, {@code downgrade}, {@code stamp}, ...
 * @param target the target as given (e.g. {@code heads}), or null for commands without
 * one
 * @param startedAt when the run started
 */
public record RunInfo(String command, @Nullable String target, Instant startedAt) {

	public RunInfo {
		Objects.requireNonNull(command, "command");
		Objects.requireNonNull(startedAt, "startedAt");
	}
}
