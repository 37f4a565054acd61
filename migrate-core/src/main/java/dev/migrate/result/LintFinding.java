package dev.migrate.result;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One hazard found in a pending revision.
 *
 * @param ruleId the rule that found it, e.g. {@code set-not-null}
 * @param severity the configured severity (never {@link Severity#OFF})
 * @param revision the revision id
 * @param location file and line of the statement, or of the revision for revision-wide
 * findings
 * @param statement the statement on one line, or empty for revision-wide findings
 * @param message what is dangerous and why
 * @param fix the safe alternative
 * @param suppressed whether a suppression with a reason silenced it
 * @param suppressionReason that reason, or {@code null} when not suppressed
 */
public record LintFinding(String ruleId, Severity severity, String revision, SourceLocation location, String statement,
		String message, String fix, boolean suppressed, @Nullable String suppressionReason) {

	public LintFinding {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(location, "location");
		statement = statement == null ? "" : statement;
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(fix, "fix");
	}

	/** A copy marked as silenced by a suppression with {@code reason}. */
	public LintFinding suppress(String reason) {
		return new LintFinding(ruleId, severity, revision, location, statement, message, fix, true, reason);
	}

	/** True when this finding is an error that is not suppressed. */
	public boolean isActiveError() {
		return !suppressed && severity == Severity.ERROR;
	}
}
