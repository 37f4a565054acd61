package dev.migrate.internal.cli;

import dev.migrate.MigrateListener;
import dev.migrate.RunInfo;
import dev.migrate.RunOutcome;
import dev.migrate.Transactional;
import dev.migrate.result.PlannedStep;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a command's steps so that a process stopped mid-run (SIGTERM from Kubernetes, a
 * CI timeout, Ctrl-C) says what became of the database instead of exiting silently: the
 * revision that was running and whether the server rolls it back, and the ones that had
 * committed. Registered as a shutdown hook for the length of one command only.
 */
public final class InterruptionReport implements MigrateListener {

	private final PrintStream err;

	private final String program;

	private final List<String> committed = new ArrayList<>();

	private String command;

	private PlannedStep running;

	private boolean finished;

	public InterruptionReport(PrintStream err, String program) {
		this.err = err;
		this.program = program;
	}

	@Override
	public synchronized void runStarted(RunInfo run) {
		this.command = run.command();
	}

	@Override
	public synchronized void stepStarted(PlannedStep step) {
		this.running = step;
	}

	@Override
	public synchronized void stepFinished(PlannedStep step, Duration duration, Throwable errorOrNull) {
		if (errorOrNull == null) {
			this.committed.add(step.revision().id());
		}
		this.running = null;
	}

	@Override
	public synchronized void runFinished(RunInfo run, RunOutcome outcome) {
		this.finished = true;
	}

	/** What the shutdown hook prints; nothing once the run has finished. */
	synchronized String describe() {
		if (this.command == null || this.finished) {
			return null;
		}
		StringBuilder text = new StringBuilder(this.program + ": stopped by a signal during " + this.command + ". ");
		if (this.running == null) {
			text.append("No revision was running.");
		}
		else if (this.running.revision().transactional() != Transactional.FALSE) {
			text.append(this.running.direction().label())
				.append(" of ")
				.append(this.running.revision().id())
				.append(" was running in its transaction and is rolled back by the server as the connection closes: "
						+ "nothing of it stays.");
		}
		else {
			text.append(this.running.direction().label())
				.append(" of ")
				.append(this.running.revision().id())
				.append(" was running without a transaction: the statements it had completed stay, and it is "
						+ "recorded as started; see '" + this.program + " current' and resolve it with '" + this.program
						+ " resolve " + this.running.revision().id() + "'.");
		}
		text.append(this.committed.isEmpty() ? " No revision had been committed in this run."
				: " Committed before: " + String.join(", ", this.committed) + ".");
		if (this.running != null && this.running.revision().transactional() != Transactional.FALSE) {
			// Which revisions have a block, and whether it had begun, the listener cannot
			// know; the history table does.
			text.append(" (Had it reached an autocommit block, the part before the block stays and it is recorded"
					+ " as started; see '" + this.program + " current'.)");
		}
		return text.toString();
	}

	/** Runs {@code body} with this report as a shutdown hook. */
	public <T> T whileRegistered(ThrowingSupplier<T> body) throws Exception {
		Thread hook = new Thread(() -> {
			String text = describe();
			if (text != null) {
				this.err.println(text);
				this.err.flush();
			}
		}, "migrate-interruption-report");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			return body.get();
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException ex) {
				// The JVM is already shutting down: the hook is running or has run.
			}
		}
	}

	@FunctionalInterface
	public interface ThrowingSupplier<T> {

		T get() throws Exception;

	}

}
