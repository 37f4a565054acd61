package dev.migrate.internal.cli;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A command line split into its parts; values are still text, checked by
 * {@link SettingsResolver}.
 *
 * @param settings the setting options given, as text (the last occurrence wins)
 * @param help whether {@code --help} was given
 * @param debug whether {@code --debug} was given
 * @param command the command, or null when none was named
 * @param arguments the command's arguments (empty when there is no command)
 */
public record ParsedCommandLine(Map<Setting, String> settings, boolean help, boolean debug, CliCommand command,
		CommandArguments arguments) {

	public ParsedCommandLine {
		settings = settings.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(settings));
	}
}
