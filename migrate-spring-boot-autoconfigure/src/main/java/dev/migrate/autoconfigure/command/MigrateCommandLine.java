package dev.migrate.autoconfigure.command;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of {@code java -jar app.jar [SPRING OPTIONS] migrate [--engine NAME]
 * <command> ...}, split three ways: Spring options (every {@code --option} before
 * {@code migrate}, and {@code --name.with.dots=value} after it, e.g.
 * {@code --spring.profiles.active=prod}), the engine to use when the application has
 * several, and everything else for the migrate CLI.
 */
public final class MigrateCommandLine {

	/** The argument that switches an application into command mode. */
	public static final String MARKER = "migrate";

	private static final String ENGINE_OPTION = "--engine";

	private final List<String> springArguments;

	private final @Nullable String engine;

	private final List<String> cliArguments;

	private MigrateCommandLine(List<String> springArguments, @Nullable String engine, List<String> cliArguments) {
		this.springArguments = List.copyOf(springArguments);
		this.engine = engine;
		this.cliArguments = List.copyOf(cliArguments);
	}

	/**
	 * Parses an application's arguments.
	 * @param args the arguments given to the application's main method
	 * @return the command line, or {@code null} when the first argument that is not a
	 * Spring option ({@code --...}) is not {@value #MARKER}
	 */
	public static @Nullable MigrateCommandLine parse(String @Nullable [] args) {
		if (args == null) {
			return null;
		}
		// Options before the marker are the application's own (Spring Boot's syntax):
		// `java -jar app.jar --spring.profiles.active=prod migrate current`.
		int marker = 0;
		while (marker < args.length && args[marker].startsWith("--")) {
			marker++;
		}
		if (marker == args.length || !MARKER.equals(args[marker])) {
			return null;
		}
		List<String> spring = new ArrayList<>(List.of(args).subList(0, marker));
		List<String> cli = new ArrayList<>();
		String engine = null;
		for (int i = marker + 1; i < args.length; i++) {
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
	public @Nullable String engine() {
		return this.engine;
	}

	/**
	 * The arguments for the migrate CLI: global options, the command and its arguments.
	 */
	public List<String> cliArguments() {
		return this.cliArguments;
	}

}
