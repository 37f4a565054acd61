package dev.migrate.internal.cli;

import dev.migrate.MigrateConfig;
import java.io.PrintStream;
import java.util.List;

/** The text of {@code --help} and {@code <command> --help}. */
public final class Usage {

	private static final int SYNOPSIS_WIDTH = 37;

	private Usage() {
	}

	public static void printGlobal(PrintStream out, String program, List<CliCommand> commands) {
		out.println("Usage: " + program + " [OPTIONS] COMMAND [ARGS]");
		out.println();
		out.println("Runs Alembic-style revisions against PostgreSQL: a DAG of schema changes, with the");
		out.println("current heads recorded in the database.");
		out.println();
		out.println("Commands:");
		for (CliCommand command : commands) {
			out.println(row("  " + invocation(command), command.summary()));
		}
		out.println();
		out.println("Options (each also an environment variable: --lock-timeout is MIGRATE_LOCK_TIMEOUT):");
		for (Setting setting : Setting.values()) {
			String defaultValue = defaultValue(setting);
			out.println(row("  " + setting.option() + " " + setting.argument(),
					setting.description() + (defaultValue == null ? "" : " (default " + defaultValue + ")")));
		}
		out.println(row("  --debug", "print the stack trace of a failure"));
		out.println(row("  -h, --help", "show this help; COMMAND --help shows a command's options"));
		out.println();
		out.println("The database comes from --url/--user/--password, else MIGRATE_URL/MIGRATE_USER/");
		out.println("MIGRATE_PASSWORD, else DATABASE_URL=postgresql://user:password@host:port/database.");
		out.println("Durations: 500ms, 10s, 2m, 1h, PT10S; a plain number is seconds.");
		out.println();
		out.println("Exit codes: 0 ok, 1 failure, 2 usage error, 3 verify found pending or edited revisions.");
	}

	public static void printCommand(PrintStream out, String program, CliCommand command) {
		out.println("Usage: " + program + " [OPTIONS] " + invocation(command));
		out.println();
		out.println(command.summary().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
				+ command.summary().substring(1) + ".");
		if (!command.options().isEmpty()) {
			out.println();
			out.println("Options:");
			for (CommandOption option : command.options()) {
				out.println(row("  " + option.synopsis(), option.description()));
			}
		}
		out.println();
		out.println("Connection and settings options: " + program + " --help");
	}

	/** {@code upgrade [TARGET] [--sql]}. */
	static String invocation(CliCommand command) {
		return command.synopsis().isEmpty() ? command.name() : command.name() + " " + command.synopsis();
	}

	private static String row(String left, String right) {
		return left.length() >= SYNOPSIS_WIDTH ? left + "\n" + " ".repeat(SYNOPSIS_WIDTH) + right
				: left + " ".repeat(SYNOPSIS_WIDTH - left.length()) + right;
	}

	private static String defaultValue(Setting setting) {
		return switch (setting) {
			case LOCATIONS -> String.join(",", MigrateConfig.DEFAULT_LOCATIONS);
			case VERSION_TABLE -> MigrateConfig.DEFAULT_VERSION_TABLE;
			case HISTORY_TABLE -> MigrateConfig.DEFAULT_HISTORY_TABLE;
			case LOCK_WAIT_TIMEOUT -> Durations.format(MigrateConfig.DEFAULT_LOCK_WAIT_TIMEOUT);
			case LOCK_TIMEOUT -> Durations.format(MigrateConfig.DEFAULT_LOCK_TIMEOUT);
			// Unset: the server's (database's or role's) statement_timeout applies.
			case STATEMENT_TIMEOUT -> "the server's";
			case TRANSACTION_MODE -> MigrateConfig.DEFAULT_TRANSACTION_MODE.value();
			case CONNECT_RETRIES -> String.valueOf(MigrateConfig.DEFAULT_CONNECT_RETRIES);
			case CONNECT_RETRY_INTERVAL -> Durations.format(MigrateConfig.DEFAULT_CONNECT_RETRY_INTERVAL);
			case CONNECT_TIMEOUT -> Durations.format(MigrateConfig.DEFAULT_CONNECT_TIMEOUT);
			case SOCKET_TIMEOUT -> Durations.format(MigrateConfig.DEFAULT_SOCKET_TIMEOUT);
			case VALIDATE_CHECKSUMS -> String.valueOf(MigrateConfig.DEFAULT_VALIDATE_CHECKSUMS);
			case ON_AHEAD -> MigrateConfig.DEFAULT_ON_AHEAD.value();
			case ALLOW_EMPTY -> String.valueOf(MigrateConfig.DEFAULT_ALLOW_EMPTY);
			default -> null;
		};
	}

}
