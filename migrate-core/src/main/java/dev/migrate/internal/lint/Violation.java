package dev.migrate.internal.lint;

import dev.migrate.result.LintFinding;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a rule reports: the hazard and the safe alternative. The linter adds the rule id,
 * severity, revision and location to make a {@link LintFinding}.
 *
 * @param message what is dangerous and why, naming the table/column concerned
 * @param fix the safe (expand/contract) way to reach the same schema
 * @param statement the statement concerned; for revision-wide rules may be {@code null},
 * which points the finding at the revision itself
 */
public record Violation(String message, String fix, @Nullable LintStatement statement) {

	public Violation {
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(fix, "fix");
	}
}
