package dev.migrate.result;

import java.util.Locale;

/** How serious a lint finding is. {@link #OFF} switches a rule off entirely. */
public enum Severity {

	/**
	 * Will block or break production; {@code migrate lint} exits 3 and the startup check
	 * fails.
	 */
	ERROR,
	/** Risky; needs a human decision. */
	WARNING,
	/** Advice about schema design. */
	INFO,
	/** The rule does not run. */
	OFF;

	/**
	 * The lower-case name used in output and configuration: {@code error},
	 * {@code warning}, ...
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses {@code error}, {@code warning} (or {@code warn}), {@code info} or
	 * {@code off}, ignoring case.
	 * @throws IllegalArgumentException naming the accepted values
	 */
	public static Severity parse(String value) {
		String normalized = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
		if (normalized.equals("WARN")) {
			return WARNING;
		}
		for (Severity severity : values()) {
			if (severity.name().equals(normalized)) {
				return severity;
			}
		}
		throw new IllegalArgumentException("Unknown lint severity '" + value + "': use error, warning, info or off");
	}

}
