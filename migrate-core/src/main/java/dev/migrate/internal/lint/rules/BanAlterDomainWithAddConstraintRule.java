package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.AlterDomain;
import dev.migrate.result.Severity;
import java.util.List;

/**
 * {@code ALTER DOMAIN ... ADD CONSTRAINT} without {@code NOT VALID}, or
 * {@code ALTER DOMAIN ... SET NOT NULL}: PostgreSQL checks every row of every table with
 * a column of that domain, holding a SHARE lock on each, so all their writes are blocked.
 */
public final class BanAlterDomainWithAddConstraintRule implements LintRule {

	@Override
	public String id() {
		return "ban-alter-domain-with-add-constraint";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "ALTER DOMAIN ... ADD CONSTRAINT (or SET NOT NULL) checks every column using the domain under lock.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof AlterDomain domain) || !domain.addsConstraint() || domain.notValid()) {
			return List.of();
		}
		return List.of(new Violation(
				"Adds a constraint to domain \"" + domain.name() + "\": every table with a "
						+ "column of this domain is scanned while its writes are blocked.",
				"Add it with NOT VALID (ALTER DOMAIN ... ADD CONSTRAINT ... CHECK (...) NOT VALID) and run ALTER DOMAIN "
						+ "... VALIDATE CONSTRAINT in a later revision, or put the check on the table columns.",
				statement));
	}

}
