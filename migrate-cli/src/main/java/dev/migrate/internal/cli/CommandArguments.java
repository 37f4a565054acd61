package dev.migrate.internal.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What followed a command on the command line, after global options were taken out.
 *
 * @param positionals arguments in order (targets, revisions)
 * @param flags long names of the flags given, e.g. {@code --sql}
 * @param values long names of the valued options given, with their values
 */
record CommandArguments(List<String> positionals, Set<String> flags, Map<String, String> values) {

	CommandArguments {
		positionals = List.copyOf(positionals);
		flags = Set.copyOf(flags);
		values = Map.copyOf(values);
	}

	boolean has(String flag) {
		return flags.contains(flag);
	}

	/** The value of a valued option, or null when it was not given. */
	String value(String option) {
		return values.get(option);
	}

	/**
	 * The positional argument at {@code index}, or {@code fallback} when there are fewer.
	 */
	String positional(int index, String fallback) {
		return index < positionals.size() ? positionals.get(index) : fallback;
	}
}
