package dev.migrate.internal.cli;

import dev.migrate.FleetListener;
import dev.migrate.result.FleetTargetResult;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The live progress line of a fleet command on a terminal:
 * {@code fleet upgrade: 417/1000 done, 1 failed, 38.2 targets/s}, rewritten in place on
 * stderr at most ten times a second. Off when stderr is not a terminal (CI logs, pipes):
 * there the final table says it all.
 */
final class ProgressLine implements FleetListener {

	private static final long MIN_INTERVAL_NANOS = 100_000_000L;

	private final PrintStream err;

	private String command;

	private long start;

	private long lastPrint;

	private ProgressLine(PrintStream err) {
		this.err = err;
	}

	/**
	 * A progress line when a console is attached, else a listener that prints nothing.
	 */
	static FleetListener forTerminal(PrintStream err) {
		return System.console() != null ? new ProgressLine(err) : new FleetListener() {
		};
	}

	@Override
	public void started(String command, int total) {
		this.command = command;
		this.start = System.nanoTime();
	}

	@Override
	public void targetFinished(FleetTargetResult result, int done, int failed, int total) {
		long now = System.nanoTime();
		if (done < total && now - lastPrint < MIN_INTERVAL_NANOS) {
			return;
		}
		lastPrint = now;
		double seconds = Math.max(1e-3, (now - start) / 1e9);
		err.print(String.format(Locale.ROOT, "\rfleet %s: %d/%d done, %d failed, %.1f targets/s", command, done, total,
				failed, done / seconds));
		if (done == total) {
			err.println();
		}
		err.flush();
	}

}
