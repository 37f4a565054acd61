package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import java.util.List;

/**
 * A revision without a message is a blank line in {@code history}, the endpoint and the
 * release notes.
 */
public final class RevisionWithoutMessageRule implements LintRule {

	@Override
	public String id() {
		return "revision-without-message";
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.WARNING;
	}

	@Override
	public String description() {
		return "A revision has no message.";
	}

	@Override
	public List<Violation> checkRevision(RevisionLintContext context) {
		if (!context.message().isBlank()) {
			return List.of();
		}
		return List.of(new Violation(
				"Revision " + context.revisionId() + " has no message: history, heads, the actuator endpoint and "
						+ "operators paging through pending revisions see only its id.",
				"Say what the revision does and why: -- message: ... in a SQL revision; Java: `@Revision(id = \""
						+ context.revisionId() + "\", message = \"...\")`.",
				null));
	}

}
