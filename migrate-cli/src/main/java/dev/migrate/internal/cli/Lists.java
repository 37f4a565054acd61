package dev.migrate.internal.cli;

import java.util.Arrays;
import java.util.List;

/** Comma-separated option values. */
final class Lists {

	private Lists() {
	}

	/**
	 * {@code "a, b,,c"} becomes {@code [a, b, c]}; {@code null} becomes an empty list.
	 */
	static List<String> split(String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
	}

}
