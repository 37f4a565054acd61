package dev.migrate.reliability;

/**
 * How big a reliability run is. {@code ./mvnw verify} runs the small size that fits the
 * build's time budget; the {@code reliability} profile (or the system properties
 * themselves) runs the size issue 14 asks for. See docs/reliability.md.
 */
final class SoakSize {

	private SoakSize() {
	}

	/** Processes racing in each round of the concurrency soak. */
	static int processes() {
		return setting("migrate.reliability.processes", 8);
	}

	/** Rounds of the concurrency soak, each taking the database a further stretch. */
	static int rounds() {
		return setting("migrate.reliability.rounds", 3);
	}

	/** Iterations of kill -9 at a random point. */
	static int kills() {
		return setting("migrate.reliability.kills", 6);
	}

	/** Iterations of lock loss by pg_terminate_backend. */
	static int lockLosses() {
		return setting("migrate.reliability.lock-losses", 2);
	}

	/** Iterations of a server restart mid-run. */
	static int restarts() {
		return setting("migrate.reliability.restarts", 1);
	}

	/** Seed of the random kill points; printed so that a failing run can be repeated. */
	static long seed() {
		String value = System.getProperty("migrate.reliability.seed");
		return value == null || value.isBlank() ? System.nanoTime() : Long.parseLong(value);
	}

	private static int setting(String name, int defaultValue) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
	}

}
