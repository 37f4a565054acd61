package dev.migrate.autoconfigure.command;

import org.springframework.boot.ExitCodeGenerator;

/**
 * Ends an application run in command mode with the command's exit code when it is not 0.
 * Spring Boot closes the context and, as for any failed run whose exception is an
 * {@link ExitCodeGenerator}, exits the JVM with that code once the exception leaves
 * {@code main}. {@link MigrateCommandExceptionReporter} keeps Boot from logging it: the
 * command has printed what went wrong.
 */
public final class MigrateCommandExitException extends RuntimeException implements ExitCodeGenerator {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	/**
	 * Creates the exception.
	 * @param exitCode the command's exit code, not 0
	 */
	public MigrateCommandExitException(int exitCode) {
		super("migrate command exited with code " + exitCode, null, false, false);
		this.exitCode = exitCode;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
