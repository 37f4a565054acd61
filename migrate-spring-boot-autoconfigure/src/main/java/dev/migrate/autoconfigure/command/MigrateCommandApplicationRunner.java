package dev.migrate.autoconfigure.command;

import dev.migrate.cli.ExitCode;
import java.io.PrintStream;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;

/**
 * Runs the migrate command of an application started in command mode, first of all
 * runners (the application's own are not registered in this mode, see
 * {@link MigrateCommandBeanFactoryPostProcessor}). A command that does not end with 0
 * ends the run with a {@link MigrateCommandExitException}, which gives the JVM its exit
 * code; as an {@link ExitCodeGenerator} it also answers {@code SpringApplication.exit}.
 */
public final class MigrateCommandApplicationRunner implements ApplicationRunner, ExitCodeGenerator, Ordered {

	private final ListableBeanFactory beanFactory;

	private final MigrateCommandLine commandLine;

	private final PrintStream out;

	private final PrintStream err;

	private int exitCode = ExitCode.OK;

	/**
	 * Creates a runner.
	 * @param beanFactory the application's bean factory
	 * @param commandLine the parsed arguments
	 * @param out where the command's output goes (the process's stdout)
	 * @param err where errors go
	 */
	public MigrateCommandApplicationRunner(ListableBeanFactory beanFactory, MigrateCommandLine commandLine,
			PrintStream out, PrintStream err) {
		this.beanFactory = beanFactory;
		this.commandLine = commandLine;
		this.out = out;
		this.err = err;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.exitCode = new MigrateCommandRunner(this.beanFactory).run(this.commandLine, this.out, this.err);
		this.out.flush();
		if (this.exitCode != ExitCode.OK) {
			throw new MigrateCommandExitException(this.exitCode);
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
