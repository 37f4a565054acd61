package dev.migrate.benchmarks.compare;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.StatusCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Liquibase with a formatted-SQL changelog, through its command API. */
public final class LiquibaseTool implements Tool {

	@Override
	public String name() {
		return "liquibase";
	}

	@Override
	public void applyAll(Workload workload, dev.migrate.benchmarks.compare.Database database) throws Exception {
		run(UpdateCommandStep.COMMAND_NAME, workload, database);
	}

	@Override
	public void noOpStart(Workload workload, dev.migrate.benchmarks.compare.Database database) throws Exception {
		run(UpdateCommandStep.COMMAND_NAME, workload, database);
	}

	@Override
	public void status(Workload workload, dev.migrate.benchmarks.compare.Database database) throws Exception {
		run(StatusCommandStep.COMMAND_NAME, workload, database);
	}

	private static void run(String[] command, Workload workload, dev.migrate.benchmarks.compare.Database target)
			throws Exception {
		try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password())) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			// Quiet like the other tools: progress goes to the log (at WARNING), not to
			// the console.
			java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
			Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(),
					new DirectoryResourceAccessor(workload.liquibaseDir()), Scope.Attr.ui.name(),
					new LoggerUIService());
			Scope.child(scope,
					() -> new CommandScope(command)
						.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
						.addArgumentValue("changelogFile", "changelog.sql")
						.setOutput(java.io.OutputStream.nullOutputStream())
						.execute());
		}
	}

}
