package dev.migrate.autoconfigure.command;

import org.springframework.boot.SpringBootExceptionReporter;

/**
 * Reports a {@link MigrateCommandExitException} by saying nothing: the command printed
 * its own error, and the exit code is all that is left to give. Other failures are left
 * to Spring Boot's failure analyzers.
 */
public final class MigrateCommandExceptionReporter implements SpringBootExceptionReporter {

	@Override
	public boolean reportException(Throwable failure) {
		return failure instanceof MigrateCommandExitException;
	}

}
