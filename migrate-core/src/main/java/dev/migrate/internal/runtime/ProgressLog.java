package dev.migrate.internal.runtime;

import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * The engine's progress lines ("Upgrading to ...", "Applied 20 revision(s) ..."), said at
 * INFO for a single database. A fleet runs hundreds of targets, several at once: there
 * the same lines would be thousands of interleaved lines that do not say which target
 * they belong to, beside the fleet's own progress line and table. So inside a fleet
 * target they go to DEBUG, prefixed with the target's name ({@code --debug} shows them);
 * failures are still reported by the fleet at WARN with the target named.
 */
public final class ProgressLog {

	private static final ThreadLocal<String> fleetTarget = new ThreadLocal<>();

	private ProgressLog() {
	}

	/**
	 * Runs one fleet target's command on this thread with its progress lines at DEBUG.
	 */
	public static <T> T forFleetTarget(String target, Supplier<T> work) {
		String outer = fleetTarget.get();
		fleetTarget.set(target);
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				fleetTarget.remove();
			}
			else {
				fleetTarget.set(outer);
			}
		}
	}

	/**
	 * Says a progress line: INFO, or DEBUG with the target's name inside a fleet target.
	 */
	public static void info(Logger log, String format, Object... arguments) {
		String target = fleetTarget.get();
		if (target == null) {
			log.info(format, arguments);
		}
		else if (log.isDebugEnabled()) {
			Object[] withTarget = new Object[arguments.length + 1];
			withTarget[0] = target;
			System.arraycopy(arguments, 0, withTarget, 1, arguments.length);
			log.debug("[{}] " + format, withTarget);
		}
	}

}
