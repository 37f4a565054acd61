package dev.migrate.internal.cli;

import dev.migrate.Migrate;
import dev.migrate.cli.ExitCode;
import dev.migrate.result.GeneratedRevision;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code init [DIR]}: scaffolds a project directory (default the current one) as
 * Alembic's {@code init} does: {@code src/main/resources/db/revisions} with a first,
 * empty revision; the settings of a Spring Boot application ({@code migrate.*} lines
 * added to {@code src/main/resources/application.properties}, created if missing, left
 * alone when it already has {@code migrate.} settings); and the command line's settings
 * in {@code migrate.env} (variables, not overwritten). Needs no database.
 */
final class InitCliCommand extends AbstractCliCommand {

	static final String REVISIONS = "src/main/resources/db/revisions";

	InitCliCommand() {
		super("init", "[DIR]", "scaffold a revisions folder, a first revision and the settings (Spring and CLI)",
				List.of(), 0, 1);
	}

	@Override
	public boolean needsDatabase(CommandArguments arguments) {
		return false;
	}

	@Override
	public boolean needsEngine() {
		return false;
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) throws IOException {
		Path project = Path.of(arguments.positional(0, "."));
		Path revisions = project.resolve(REVISIONS);
		GeneratedRevision first = Migrate.init(revisions);
		out.println("Generated " + first.path() + " (revision " + first.id() + ", a base: fill in its upgrade)");
		out.println(springSettings(project.resolve("src/main/resources/application.properties")));
		out.println(cliSettings(project.resolve("migrate.env")));
		out.println("Next: edit the revision, then `migrate upgrade` (or start the application).");
		return ExitCode.OK;
	}

	private static String springSettings(Path file) throws IOException {
		String settings = "# migrate (docs/spring-boot.md): apply pending revisions at startup\n"
				+ "migrate.mode=apply\nmigrate.locations=classpath:db/revisions\n";
		if (!Files.exists(file)) {
			Files.writeString(file, settings);
			return "Generated " + file + " (Spring Boot settings)";
		}
		String existing = Files.readString(file);
		if (existing.lines().anyMatch(line -> line.strip().startsWith("migrate."))) {
			return "Left " + file + " as it is: it already has migrate.* settings";
		}
		Files.writeString(file, (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n") + "\n" + settings,
				StandardOpenOption.APPEND);
		return "Added migrate.* settings to " + file;
	}

	private static String cliSettings(Path file) throws IOException {
		if (Files.exists(file)) {
			return "Left " + file + " as it is";
		}
		Files.writeString(file, """
				# Settings of the migrate command line (docs/cli.md), read from the environment:
				#   set -a; . ./migrate.env; set +a; java -jar migrate.jar current
				# Keep passwords out of this file: export MIGRATE_PASSWORD in your shell or CI secrets.
				MIGRATE_URL=jdbc:postgresql://localhost:5432/app
				MIGRATE_USER=app
				MIGRATE_LOCATIONS=filesystem:%s
				""".formatted(REVISIONS));
		return "Generated " + file + " (command-line settings; set MIGRATE_URL to your database)";
	}

}
