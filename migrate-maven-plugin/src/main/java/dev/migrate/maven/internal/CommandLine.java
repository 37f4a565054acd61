package dev.migrate.maven.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The migrate command line a goal stands for, built from its parameters: only the
 * parameters that are set become options, so the application's settings and the
 * environment stay in force for the rest.
 */
public final class CommandLine {

	private final List<String> arguments = new ArrayList<>();

	private int passwordIndex = -1;

	/** Adds {@code name value} when the value is set. */
	public CommandLine option(String name, String value) {
		if (value != null && !value.isBlank()) {
			if (name.equals("--password")) {
				passwordIndex = arguments.size() + 1;
			}
			arguments.add(name);
			arguments.add(value);
		}
		return this;
	}

	/** Adds {@code name v1,v2} when the list is set. */
	public CommandLine option(String name, List<String> values) {
		if (values != null && !values.isEmpty()) {
			option(name, String.join(",", values));
		}
		return this;
	}

	/** Adds the flag when it is on. */
	public CommandLine flag(String name, boolean on) {
		if (on) {
			arguments.add(name);
		}
		return this;
	}

	public CommandLine flag(String name) {
		return flag(name, true);
	}

	/** Adds the command word. */
	public CommandLine command(String command) {
		arguments.add(command);
		return this;
	}

	/** Adds a positional argument when it is set. */
	public CommandLine argument(String value) {
		if (value != null && !value.isBlank()) {
			arguments.add(value);
		}
		return this;
	}

	public String[] toArray() {
		return arguments.toArray(String[]::new);
	}

	/** The line for the debug log, the password replaced. */
	public String masked() {
		List<String> shown = new ArrayList<>(arguments);
		if (passwordIndex >= 0) {
			shown.set(passwordIndex, "****");
		}
		return String.join(" ", shown);
	}

}
