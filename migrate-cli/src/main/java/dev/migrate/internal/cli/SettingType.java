package dev.migrate.internal.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of values settings take, each with the parser that turns option and variable
 * text into the value handed to the engine's configuration. Parsing happens before
 * anything connects, so a bad value is a usage error (exit 2), not a failure halfway
 * through a run.
 */
enum SettingType {

	TEXT {
		@Override
		Object parse(String text) {
			return text;
		}
	},
	LIST {
		@Override
		Object parse(String text) {
			return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		}
	},
	DURATION {
		@Override
		Object parse(String text) {
			return Durations.parse(text);
		}
	},
	COUNT {
		@Override
		Object parse(String text) {
			try {
				int value = Integer.parseInt(text.trim());
				if (value >= 0) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// Reported below with the expected form.
			}
			throw new IllegalArgumentException("'" + text + "' is not a whole number >= 0");
		}
	},
	BOOLEAN {
		@Override
		Object parse(String text) {
			return switch (text.trim().toLowerCase(Locale.ROOT)) {
				case "true", "yes", "on", "1" -> true;
				case "false", "no", "off", "0" -> false;
				default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
			};
		}
	},
	MAP {
		@Override
		Object parse(String text) {
			Map<String, String> map = new LinkedHashMap<>();
			for (String entry : text.split(",")) {
				if (entry.isBlank()) {
					continue;
				}
				int equals = entry.indexOf('=');
				if (equals <= 0) {
					throw new IllegalArgumentException("'" + entry.trim() + "' is not KEY=VALUE");
				}
				map.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
			}
			return map;
		}
	},
	TRANSACTION_MODE {
		@Override
		Object parse(String text) {
			return dev.migrate.TransactionMode.parse(text);
		}
	},
	ON_AHEAD {
		@Override
		Object parse(String text) {
			return dev.migrate.OnAhead.parse(text);
		}
	};

	/**
	 * @throws IllegalArgumentException with a message saying what was expected
	 */
	abstract Object parse(String text);

	@SuppressWarnings("unchecked")
	static List<String> asList(Object value) {
		return (List<String>) value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, String> asMap(Object value) {
		return (Map<String, String>) value;
	}

}
