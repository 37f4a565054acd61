package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;
import dev.migrate.cli.MigrateCli;

/**
 * The command line cannot be run as given. {@link MigrateCli} prints the message with a
 * hint to {@code --help} and exits with {@link ExitCode#USAGE}.
 */
public final class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * The command whose {@code --help} the hint points to, or null for the global usage.
	 */
	private final String command;

	public UsageException(String message) {
		this(message, null);
	}

	public UsageException(String message, String command) {
		super(message);
		this.command = command;
	}

	public String command() {
		return command;
	}

}
