package dev.migrate.internal.cli;

/**
 * An option of one command, such as {@code --sql} or {@code -r RANGE}.
 *
 * @param name the long form, {@code --rev-range}; the name arguments are looked up by
 * @param shortName the one-letter form, {@code -r}, or null
 * @param valueName the value's name in usage text ({@code RANGE}), or null for a flag
 * @param description one line for usage text
 */
record CommandOption(String name, String shortName, String valueName, String description) {

	static CommandOption flag(String name, String description) {
		return new CommandOption(name, null, null, description);
	}

	boolean takesValue() {
		return valueName != null;
	}

	boolean matches(String argument) {
		return argument.equals(name) || argument.equals(shortName);
	}

	/** {@code -r, --rev-range RANGE}. */
	String synopsis() {
		String names = shortName == null ? name : shortName + ", " + name;
		return takesValue() ? names + " " + valueName : names;
	}
}
