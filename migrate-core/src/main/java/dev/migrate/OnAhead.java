package dev.migrate;

import java.util.Locale;

/**
 * What to do when the database holds applied revisions this release does not know while
 * every revision of this release is applied: the database is ahead, usually because the
 * next release's migration already ran during a rolling deploy
 * ({@code migrate.on-ahead}). A database that lacks revisions of this release while
 * holding unknown ones has diverged instead; that always fails
 * ({@link DivergedDatabaseException}).
 */
public enum OnAhead {

	/** Run as if up to date, without a word. */
	IGNORE("ignore"),

	/**
	 * Run as if up to date, log a warning naming the unknown revisions and report them
	 * through the results (endpoint, health details, gauge).
	 */
	WARN("warn"),

	/**
	 * Refuse: {@code upgrade} throws {@link DatabaseAheadException}, {@code verify} fails
	 * and the health is {@code DOWN}.
	 */
	FAIL("fail");

	private final String value;

	OnAhead(String value) {
		this.value = value;
	}

	/** The spelling used in properties, CLI options and environment variables. */
	public String value() {
		return value;
	}

	/** Parses {@code ignore}, {@code warn} or {@code fail} (case-insensitive). */
	public static OnAhead parse(String text) {
		String normalized = text.trim().toLowerCase(Locale.ROOT);
		for (OnAhead policy : values()) {
			if (policy.value.equals(normalized)) {
				return policy;
			}
		}
		throw new IllegalArgumentException("on-ahead must be 'ignore', 'warn' or 'fail', not '" + text + "'");
	}

	@Override
	public String toString() {
		return value;
	}

}
