package dev.migrate.internal.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits arguments into global options, a command and the command's arguments. Global
 * options may stand before or after the command ({@code migrate upgrade --url ...} works
 * as well as {@code migrate --url ... upgrade}); both {@code --opt value} and
 * {@code --opt=value} are accepted, and {@code --} ends options. Relative targets such as
 * {@code -1} are arguments, not options, so {@code migrate downgrade -1} needs no
 * {@code --}.
 */
public final class CommandLineParser {

	private static final Pattern RELATIVE_TARGET = Pattern.compile("-\\d+");

	private final List<CliCommand> commands;

	public CommandLineParser(List<CliCommand> commands) {
		this.commands = List.copyOf(commands);
	}

	/**
	 * @throws UsageException for an unknown option or command, a missing option value, or
	 * a wrong number of arguments
	 */
	public ParsedCommandLine parse(String... args) {
		Map<Setting, String> settings = new EnumMap<>(Setting.class);
		boolean help = false;
		boolean debug = false;
		CliCommand command = null;
		List<String> positionals = new ArrayList<>();
		Set<String> flags = new HashSet<>();
		Map<String, String> values = new LinkedHashMap<>();
		boolean optionsEnded = false;
		// An option that took a command's name as its value ('migrate --url upgrade'): if
		// no command follows, the value was forgotten, and saying so beats "no command".
		String optionThatTookACommand = null;
		for (int i = 0; i < args.length; i++) {
			String argument = args[i];
			if (!optionsEnded && argument.equals("--")) {
				optionsEnded = true;
				continue;
			}
			if (optionsEnded || !isOption(argument)) {
				if (command == null) {
					command = command(argument);
				}
				else {
					positionals.add(argument);
				}
				continue;
			}
			int eq = argument.startsWith("--") ? argument.indexOf('=') : -1;
			String name = eq < 0 ? argument : argument.substring(0, eq);
			String inlineValue = eq < 0 ? null : argument.substring(eq + 1);
			String commandName = command == null ? null : command.name();
			if (name.equals("--help") || name.equals("-h")) {
				rejectValue(name, inlineValue, commandName);
				help = true;
				continue;
			}
			if (name.equals("--debug")) {
				rejectValue(name, inlineValue, commandName);
				debug = true;
				continue;
			}
			Setting setting = Setting.forOption(name);
			if (setting != null) {
				String value = inlineValue != null ? inlineValue : next(args, i++, name, commandName);
				// An empty url is a variable that was not set ('--url "$DB_URL"'); an
				// empty
				// password is legitimate (trust authentication).
				if (value.isEmpty() && setting == Setting.URL) {
					throw new UsageException("option " + name + " needs a value, and was given an empty one",
							commandName);
				}
				if (command == null && isCommand(value)) {
					optionThatTookACommand = name;
				}
				settings.put(setting, value);
				continue;
			}
			CommandOption option = command == null ? null : commandOption(command, name);
			if (option == null) {
				throw new UsageException(command == null ? "unknown option '" + name + "'"
						: "unknown option '" + name + "' for " + command.name(), commandName);
			}
			if (option.takesValue()) {
				values.put(option.name(), inlineValue != null ? inlineValue : next(args, i++, name, commandName));
			}
			else {
				rejectValue(name, inlineValue, commandName);
				flags.add(option.name());
			}
		}
		if (command == null && optionThatTookACommand != null && !help) {
			throw new UsageException("option " + optionThatTookACommand + " needs a value (the command after it was "
					+ "taken as its value, leaving no command)");
		}
		if (command != null && !help) {
			checkArgumentCount(command, positionals);
		}
		return new ParsedCommandLine(settings, help, debug, command, new CommandArguments(positionals, flags, values));
	}

	private static boolean isOption(String argument) {
		return argument.startsWith("-") && argument.length() > 1 && !RELATIVE_TARGET.matcher(argument).matches();
	}

	private CliCommand command(String name) {
		for (CliCommand command : commands) {
			if (command.name().equals(name)) {
				return command;
			}
		}
		throw new UsageException("unknown command '" + name + "'");
	}

	private boolean isCommand(String name) {
		return this.commands.stream().anyMatch((command) -> command.name().equals(name));
	}

	private static CommandOption commandOption(CliCommand command, String name) {
		for (CommandOption option : command.options()) {
			if (option.matches(name)) {
				return option;
			}
		}
		return null;
	}

	private static String next(String[] args, int index, String option, String commandName) {
		if (index + 1 >= args.length) {
			throw new UsageException("option " + option + " needs a value", commandName);
		}
		return args[index + 1];
	}

	private static void rejectValue(String option, String inlineValue, String commandName) {
		if (inlineValue != null) {
			throw new UsageException("option " + option + " takes no value", commandName);
		}
	}

	private static void checkArgumentCount(CliCommand command, List<String> positionals) {
		int count = positionals.size();
		if (count < command.minArguments()) {
			throw new UsageException(
					"missing argument for " + command.name() + " (usage: " + Usage.invocation(command) + ")",
					command.name());
		}
		if (count > command.maxArguments()) {
			throw new UsageException(command.name() + " takes at most " + command.maxArguments()
					+ (command.maxArguments() == 1 ? " argument" : " arguments") + ", got " + count + ": "
					+ String.join(" ", positionals), command.name());
		}
	}

}
