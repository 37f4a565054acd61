package dev.migrate.autoconfigure.command;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code java -jar app.jar migrate [--engine NAME] <command> ...}, split
 * three ways: Spring properties ({@code --name.with.dots=value}, e.g.
 * {@code --spring.profiles.active=prod}), the engine to use when the application has
 * several, and everything else for the migrate CLI.
 */
public final class MigrateCommandLine {

	/** The first argument that switches an application into command mode. */
	public static final String MARKER = "migrate";

	private static final String ENGINE_OPTION = "--engine";

	private final List<String> springArguments;

	private final String engine;

	private final List<String> cliArguments;

	private MigrateCommandLine(List<String> springArguments, String engine, List<String> cliArguments) {
		this.springArguments = List.copyOf(springArguments);
		this.engine = engine;
		this.cliArguments = List.copyOf(cliArguments);
	}

	/**
	 * Parses an application's arguments.
	 * @param args the arguments given to the application's main method
	 * @return the command line, or {@code null} when the first argument is not
	 * {@value #MARKER}
	 */
	public static MigrateCommandLine parse(String[] args) {
		if (args == null || args.length == 0 || !MARKER.equals(args[0])) {
			return null;
		}
		List<String> spring = new ArrayList<>();
		List<String> cli = new ArrayList<>();
		String engine = null;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith(ENGINE_OPTION + "=")) {
				engine = arg.substring(ENGINE_OPTION.length() + 1);
			}
			else if (arg.equals(ENGINE_OPTION) && i + 1 < args.length) {
				engine = args[++i];
			}
			else if (isSpringProperty(arg)) {
				spring.add(arg);
			}
			else {
				cli.add(arg);
			}
		}
		return new MigrateCommandLine(spring, engine, cli);
	}

	// CLI options never contain a dot in their name; Spring property names always do.
	private static boolean isSpringProperty(String arg) {
		int equals = arg.indexOf('=');
		return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).contains(".");
	}

	/** Arguments that set Spring properties, as {@code --name=value}. */
	public List<String> springArguments() {
		return this.springArguments;
	}

	/** The engine chosen with {@code --engine}, or {@code null}. */
	public String engine() {
		return this.engine;
	}

	/**
	 * The arguments for the migrate CLI: global options, the command and its arguments.
	 */
	public List<String> cliArguments() {
		return this.cliArguments;
	}

}
