package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.CreateDomain;
import dev.migrate.result.Severity;
import java.util.List;

/**
 * {@code CREATE DOMAIN ... CHECK / NOT NULL}: creating it is harmless, but the constraint
 * can later only be changed with {@code ALTER DOMAIN}, which checks every column of every
 * table using the domain, and a failing value makes inserts fail far from the table.
 */
public final class BanCreateDomainWithConstraintRule implements LintRule {

	@Override
	public String id() {
		return "ban-create-domain-with-constraint";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public String description() {
		return "A domain is created with a constraint, which later cannot be changed without locking every table using it.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		if (!(statement.ddl() instanceof CreateDomain domain) || !domain.constrained()) {
			return List.of();
		}
		return List.of(new Violation(
				"Creates domain \"" + domain.name() + "\" with a constraint: changing it later "
						+ "takes locks on every table with a column of this type and checks all their rows at once.",
				"Create the domain without constraints and put CHECK constraints on the table columns, where they "
						+ "can be added NOT VALID and validated later.",
				statement));
	}

}
