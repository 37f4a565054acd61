package dev.migrate.internal.cli;

import dev.migrate.FleetTarget;
import dev.migrate.FleetTargets;
import dev.migrate.Migrate;
import dev.migrate.MigrateFleet;
import dev.migrate.cli.ExitCode;
import dev.migrate.result.FleetResult;
import dev.migrate.result.FleetState;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code fleet COMMAND [ARGS] (--targets FILE | --targets-query SQL | --schemas A,B,...)
 * [--parallel N]}: runs upgrade, downgrade, stamp or verify over many schemas and
 * databases (docs/fleet.md). Prints a live progress line on a terminal (stderr), then one
 * row per target, or JSON with {@code --format json}. Exit 1 when any target failed; for
 * verify, 3 when any target is pending.
 */
final class FleetCliCommand extends AbstractCliCommand {

	static final CommandOption TARGETS = new CommandOption("--targets", null, "FILE",
			"targets file: one per line, [jdbc:URL] [SCHEMA] [name=NAME] [labels=A,B]");

	static final CommandOption TARGETS_QUERY = new CommandOption("--targets-query", null, "SQL",
			"query on the --url database returning a schema column (or url, name, labels)");

	static final CommandOption SCHEMAS = new CommandOption("--schemas", null, "A,B,...",
			"schemas on the --url database");

	static final CommandOption LABEL = new CommandOption("--label", null, "LABEL",
			"only the targets with this label (a canary set)");

	static final CommandOption PARALLEL = new CommandOption("--parallel", null, "N",
			"most targets at once, each holding two connections (default " + MigrateFleet.DEFAULT_PARALLELISM + ")");

	static final CommandOption FAIL_FAST = CommandOption.flag("--fail-fast",
			"stop starting targets after the first failure");

	static final CommandOption PURGE = CommandOption.flag("--purge", "stamp: empty each version table first");

	static final CommandOption FORMAT = new CommandOption("--format", null, "text|json",
			"output format (default text)");

	private static final List<String> COMMANDS = List.of("upgrade", "downgrade", "stamp", "verify", "current");

	FleetCliCommand() {
		super("fleet",
				"COMMAND [ARGS] (--targets FILE | --targets-query SQL | --schemas A,B,...) [--parallel N] "
						+ "[--label L] [--fail-fast] [--format text|json]",
				"run upgrade, downgrade, stamp, verify or current over many schemas/databases",
				List.of(TARGETS, TARGETS_QUERY, SCHEMAS, LABEL, PARALLEL, FAIL_FAST, PURGE, FORMAT), 1,
				Integer.MAX_VALUE);
	}

	@Override
	public void validate(CommandArguments arguments) {
		String command = arguments.positional(0, null);
		if (!COMMANDS.contains(command)) {
			throw new UsageException("fleet runs one of " + String.join(", ", COMMANDS) + ", not '" + command + "'",
					name());
		}
		int sources = (arguments.value(TARGETS.name()) != null ? 1 : 0)
				+ (arguments.value(TARGETS_QUERY.name()) != null ? 1 : 0)
				+ (arguments.value(SCHEMAS.name()) != null ? 1 : 0);
		if (sources != 1) {
			throw new UsageException("fleet needs exactly one of --targets FILE, --targets-query SQL, --schemas A,B",
					name());
		}
		int arguments0 = arguments.positionals().size() - 1;
		if ((command.equals("downgrade") && arguments0 != 1) || (command.equals("stamp") && arguments0 < 1)
				|| ((command.equals("verify") || command.equals("current")) && arguments0 != 0)
				|| (command.equals("upgrade") && arguments0 > 1)) {
			throw new UsageException("fleet " + command + " takes " + switch (command) {
				case "downgrade" -> "one TARGET";
				case "stamp" -> "one or more revisions";
				case "upgrade" -> "at most one TARGET";
				default -> "no arguments";
			}, name());
		}
		parallelism(arguments);
		format(arguments);
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		String command = arguments.positional(0, null);
		List<FleetTarget> targets = targets(engine, arguments);
		if (targets.isEmpty()) {
			throw new UsageException("no fleet targets" + (arguments.value(LABEL.name()) == null ? ""
					: " with label '" + arguments.value(LABEL.name()) + "'"), name());
		}
		boolean json = format(arguments).equals("json");
		MigrateFleet fleet = MigrateFleet.builder(engine)
			.targets(targets)
			.parallelism(parallelism(arguments))
			.failFast(arguments.has(FAIL_FAST.name()))
			.listener(ProgressLine.forTerminal(System.err))
			.build();
		List<String> rest = arguments.positionals().subList(1, arguments.positionals().size());
		FleetResult result = switch (command) {
			case "upgrade" -> fleet.upgrade(rest.isEmpty() ? Migrate.HEADS : rest.get(0));
			case "downgrade" -> fleet.downgrade(rest.get(0));
			case "stamp" -> fleet.stamp(rest, arguments.has(PURGE.name()));
			default -> fleet.verify();
		};
		if (json) {
			out.print(result.toJson());
		}
		else {
			FleetTable.print(out, result);
		}
		if (result.anyFailed()) {
			return ExitCode.FAILURE;
		}
		return command.equals("verify") && result.count(FleetState.PENDING) > 0 ? ExitCode.CHECK_FAILED : ExitCode.OK;
	}

	private List<FleetTarget> targets(Migrate engine, CommandArguments arguments) {
		List<FleetTarget> targets;
		if (arguments.value(TARGETS.name()) != null) {
			targets = FleetTargets.file(Path.of(arguments.value(TARGETS.name())));
		}
		else if (arguments.value(TARGETS_QUERY.name()) != null) {
			targets = FleetTargets.query(engine.config(), arguments.value(TARGETS_QUERY.name()));
		}
		else {
			targets = FleetTargets.schemas(Arrays.asList(arguments.value(SCHEMAS.name()).split(",")));
		}
		String label = arguments.value(LABEL.name());
		return label == null ? targets : FleetTargets.withLabel(targets, label);
	}

	private int parallelism(CommandArguments arguments) {
		String value = arguments.value(PARALLEL.name());
		if (value == null) {
			return MigrateFleet.DEFAULT_PARALLELISM;
		}
		try {
			int parallelism = Integer.parseInt(value);
			if (parallelism >= 1) {
				return parallelism;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new UsageException("--parallel needs a whole number of at least 1, not '" + value + "'", name());
	}

	private String format(CommandArguments arguments) {
		String format = arguments.value(FORMAT.name());
		if (format == null) {
			return "text";
		}
		if (!format.equals("text") && !format.equals("json")) {
			throw new UsageException("--format is text or json, not '" + format + "'", name());
		}
		return format;
	}

}
