package dev.migrate.internal.cli;

import dev.migrate.cli.ExitCode;

import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.schema.SchemaModelSource;
import dev.migrate.result.DriftCheckResult;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code check [--exclude PATTERNS]}: exit 0 when the database is at the heads and
 * matches the application's entity model; otherwise say which (pending revisions, or the
 * list of differences) and exit 3, so CI fails a change to an entity that comes without a
 * revision.
 */
final class CheckCliCommand extends AbstractCliCommand {

	static final CommandOption EXCLUDE = new CommandOption("--exclude", null, "PATTERNS",
			"comma-separated table or sequence name patterns to ignore, e.g. tmp_*,reporting.*");

	private final SchemaModelSource model;

	CheckCliCommand(SchemaModelSource model) {
		super("check", "[--exclude PATTERNS]",
				"exit 0 when the schema matches the entity model; 3 with the differences", List.of(EXCLUDE), 0, 0);
		this.model = model;
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		if (model == null) {
			throw new MigrateException("check compares the database with an application's entity model, which this"
					+ " launcher does not have. Run it from the application: `java -jar app.jar migrate check`.");
		}
		DriftCheckResult result = engine.check(model, patterns(arguments.value(EXCLUDE.name())));
		if (!result.atHeads()) {
			out.println("The database is not at the heads: " + result.pending().size() + " revision(s) pending ("
					+ String.join(", ", result.pending()) + "). Run `migrate upgrade` first; check compares the"
					+ " upgraded database with the entity model.");
			return ExitCode.CHECK_FAILED;
		}
		if (result.passed()) {
			out.println("No differences: the database (at " + RevisionFormat.heads(result.current())
					+ ") matches the entity model.");
			return ExitCode.OK;
		}
		out.println(result.drift().toText());
		out.println("Write a revision for them with `migrate revision --autogenerate -m MESSAGE`.");
		return ExitCode.CHECK_FAILED;
	}

	static List<String> patterns(String value) {
		return Lists.split(value);
	}

}
