package dev.migrate.internal.lint.rules;

import dev.migrate.internal.lint.LintRule;
import dev.migrate.internal.lint.LintStatement;
import dev.migrate.internal.lint.RevisionLintContext;
import dev.migrate.result.Severity;
import dev.migrate.internal.lint.Violation;
import dev.migrate.internal.lint.sql.SqlToken;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL silently truncates identifiers to 63 bytes (NAMEDATALEN - 1): two long names
 * that share a prefix collide, and the name in the database differs from the one in code
 * and in later revisions.
 */
public final class IdentifierTooLongRule implements LintRule {

	/**
	 * The rule id; the linter also reports it for Java operations whose names the dialect
	 * refuses.
	 */
	public static final String ID = "identifier-too-long";

	/** PostgreSQL's limit in bytes, not characters. */
	static final int MAX_BYTES = 63;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Severity defaultSeverity() {
		return Severity.ERROR;
	}

	@Override
	public String description() {
		return "An identifier is longer than 63 bytes and would be silently truncated.";
	}

	@Override
	public List<Violation> check(LintStatement statement, RevisionLintContext context) {
		// No key word comes close to 63 bytes, so any long word is an identifier.
		Set<String> tooLong = new LinkedHashSet<>();
		for (SqlToken token : statement.tokens()) {
			if (token.isIdentifier() && token.identifier().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
				tooLong.add(token.identifier());
			}
		}
		return tooLong.stream()
			.map(name -> new Violation("Identifier \"" + name + "\" is " + name.getBytes(StandardCharsets.UTF_8).length
					+ " bytes long: PostgreSQL truncates it to 63 bytes without an error, so the object "
					+ "gets a different name than the code and later revisions use, and names sharing "
					+ "the first 63 bytes collide.", "Choose a name of at most 63 bytes (UTF-8).", statement))
			.toList();
	}

}
