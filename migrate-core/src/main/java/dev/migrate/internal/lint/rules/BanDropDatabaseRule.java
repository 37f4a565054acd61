package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.DropDatabase;
import dev.migrate.result.Severity;
import java.util.List;

/**
 * {@code DROP DATABASE} in a revision: every table of that database is gone for good, for
 * every release at once, and no downgrade brings the data back.
 */
public final class BanDropDatabaseRule implements LintRule {

	@Override
	public String id() {
		return "ban-drop-database";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "A revision drops a database.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof DropDatabase drop)) {
			return List.of();
		}
		String name = drop.name() == null ? "a database" : "database \"" + drop.name() + "\"";
		return List.of(new Violation(
				"Drops " + name + ": all of its data is lost for good, and every application "
						+ "release that connects to it fails at once.",
				"Drop databases by hand, with a backup and after every application is gone from it, not in a "
						+ "schema revision.",
				statement));
	}

}
