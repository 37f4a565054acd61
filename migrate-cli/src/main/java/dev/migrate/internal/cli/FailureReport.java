package dev.migrate.internal.cli;

import dev.migrate.MigrateException;
import java.io.PrintStream;
import java.sql.SQLException;

/**
 * Prints a failed command's error: the message, then the messages of its causes that add
 * something (a connection failure's "Connection refused"), and the stack trace only with
 * {@code --debug}. migrate's own exceptions are written to be read by users; other
 * exceptions get their type so a bug report says what broke.
 */
public final class FailureReport {

	private FailureReport() {
	}

	public static void print(PrintStream err, String program, Throwable failure, boolean debug) {
		String message = describe(failure);
		err.println(program + ": error: " + message);
		StringBuilder shown = new StringBuilder(message);
		for (Throwable cause = failure.getCause(); cause != null
				&& cause != cause.getCause(); cause = cause.getCause()) {
			String causeMessage = describe(cause);
			if (!shown.toString().contains(causeMessage)) {
				err.println("  caused by: " + causeMessage);
				shown.append(causeMessage);
			}
		}
		if (debug) {
			failure.printStackTrace(err);
		}
		else if (!(failure instanceof MigrateException)) {
			err.println("  (run with --debug for the stack trace)");
		}
	}

	private static String describe(Throwable failure) {
		String message = failure.getMessage();
		if (message == null || message.isBlank()) {
			return failure.getClass().getName();
		}
		boolean readable = failure instanceof MigrateException || failure instanceof SQLException;
		return readable ? message : failure.getClass().getSimpleName() + ": " + message;
	}

}
