package dev.migrate.internal.cli;

import dev.migrate.schema.SchemaModelSource;
import java.util.List;

/**
 * The commands of docs/cli.md that this build provides, in the order usage lists them.
 */
public final class CliCommands {

	private CliCommands() {
	}

	public static List<CliCommand> all() {
		return all(null);
	}

	/**
	 * @param entityModel the application's expected schema for check and autogenerate, or
	 * {@code null}
	 */
	public static List<CliCommand> all(SchemaModelSource entityModel) {
		return List.of(new UpgradeCliCommand(), new DowngradeCliCommand(), new StampCliCommand(),
				new ResolveCliCommand(), new CurrentCliCommand(), new HeadsCliCommand(), new BranchesCliCommand(),
				new ShowCliCommand(), new HistoryCliCommand(), new PendingCliCommand(), new VerifyCliCommand(),
				new CheckCliCommand(entityModel), new RevisionCliCommand(entityModel), new MergeCliCommand(),
				new InitCliCommand(), new LintCliCommand(), new FleetCliCommand());
	}

}
