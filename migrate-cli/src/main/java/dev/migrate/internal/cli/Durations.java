package dev.migrate.internal.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations of timeout options and variables: a whole number with a unit
 * ({@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 1d}), ISO-8601
 * ({@code PT10S}), or a plain number of seconds ({@code 30}). Seconds for plain numbers
 * because every default in docs/spring-boot.md is given in seconds and
 * {@code --lock-timeout 5} reads as five seconds to anyone who has not read PostgreSQL's
 * docs; a millisecond reading would turn it into a 5 ms timeout that fails every
 * migration.
 */
public final class Durations {

	private static final Pattern WITH_UNIT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

	static final String EXPECTED = "a duration like 500ms, 10s, 2m, 1h, PT10S, or a number of seconds";

	private Durations() {
	}

	/**
	 * @throws IllegalArgumentException when the text is not a non-negative duration in
	 * one of the forms above
	 */
	static Duration parse(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		if (value.startsWith("pt") || value.startsWith("p")) {
			return parseIso(text, value);
		}
		Matcher matcher = WITH_UNIT.matcher(value);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not " + EXPECTED);
		}
		long amount;
		try {
			amount = Long.parseLong(matcher.group(1));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + text + "' is too large for " + EXPECTED, ex);
		}
		String unit = matcher.group(2) == null ? "s" : matcher.group(2);
		try {
			return switch (unit) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofDays(amount);
			};
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("'" + text + "' is too large for " + EXPECTED, ex);
		}
	}

	private static Duration parseIso(String text, String value) {
		try {
			Duration duration = Duration.parse(value.toUpperCase(Locale.ROOT));
			if (duration.isNegative()) {
				throw new IllegalArgumentException("'" + text + "' is negative; expected " + EXPECTED);
			}
			if (duration.getNano() != 0) {
				// Fractions are refused in every form; PT0.0001S would otherwise become 0
				// ms: no timeout at all.
				throw new IllegalArgumentException("'" + text + "' has a fraction of a second; expected " + EXPECTED);
			}
			return duration;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'" + text + "' is not " + EXPECTED, ex);
		}
	}

	/**
	 * The shortest of the accepted forms that reads back as the same duration, for usage
	 * text.
	 */
	static String format(Duration duration) {
		if (duration.isZero()) {
			return "0";
		}
		long millis = duration.toMillis();
		if (millis % 1000 == 0) {
			return millis / 1000 + "s";
		}
		return millis + "ms";
	}

}
