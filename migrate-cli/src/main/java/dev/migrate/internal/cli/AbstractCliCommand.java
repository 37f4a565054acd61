package dev.migrate.internal.cli;

import java.util.List;

/**
 * Holds the description every {@link CliCommand} declares, so commands only implement
 * {@code run}.
 */
abstract class AbstractCliCommand implements CliCommand {

	static final CommandOption VERBOSE = new CommandOption("--verbose", "-v", null,
			"show every detail of each revision");
	static final CommandOption SQL = CommandOption.flag("--sql",
			"print the SQL script instead of running it; touches nothing");

	private final String name;

	private final String synopsis;

	private final String summary;

	private final List<CommandOption> options;

	private final int minArguments;

	private final int maxArguments;

	AbstractCliCommand(String name, String synopsis, String summary, List<CommandOption> options, int minArguments,
			int maxArguments) {
		this.name = name;
		this.synopsis = synopsis;
		this.summary = summary;
		this.options = List.copyOf(options);
		this.minArguments = minArguments;
		this.maxArguments = maxArguments;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String synopsis() {
		return synopsis;
	}

	@Override
	public String summary() {
		return summary;
	}

	@Override
	public List<CommandOption> options() {
		return options;
	}

	@Override
	public int minArguments() {
		return minArguments;
	}

	@Override
	public int maxArguments() {
		return maxArguments;
	}

}
