package dev.migrate.internal.lint;

import dev.migrate.result.LintFinding;
import dev.migrate.result.LintReport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.SqlRevisionParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -- migrate:lint-ignore RULE reason} comments in SQL revision files. */
class LintSuppressionTest {

	@TempDir
	Path directory;

	private LintReport lintFile(String upgrade) throws IOException {
		return lintFile("-- message: suppression test\n", upgrade);
	}

	private LintReport lintFile(String headerExtra, String upgrade) throws IOException {
		Path file = directory.resolve("bbbb0001_suppress.sql");
		Files.writeString(file, "-- revision: bbbb0001\n" + headerExtra + "\n-- migrate:upgrade\n" + upgrade
				+ "\n-- migrate:downgrade\n-- migrate:lint-ignore drop-table downgrade sections are not linted\n");
		RevisionScript revision = SqlRevisionParser.parse(file.toString(), Files.readString(file));
		return Linter.withDefaults().lint(List.of(revision));
	}

	@Test
	void commentAboveStatementSuppressesItWithItsReason() throws IOException {
		LintReport report = lintFile("-- migrate:lint-ignore drop-column nothing reads it since 2.3\n"
				+ "ALTER TABLE users DROP COLUMN legacy;");

		assertThat(report.active()).isEmpty();
		assertThat(report.suppressed()).singleElement().satisfies(finding -> {
			assertThat(finding.ruleId()).isEqualTo("drop-column");
			assertThat(finding.suppressionReason()).isEqualTo("nothing reads it since 2.3");
			assertThat(finding.location().line()).isEqualTo(6);
		});
		assertThat(report.hasErrors()).isFalse();
		assertThat(report.toText()).contains("suppressed drop-column at " + directory.resolve("bbbb0001_suppress.sql")
				+ ":6 (reason: nothing reads it since 2.3)");
	}

	@Test
	void trailingCommentSuppressesItsOwnStatementOnly() throws IOException {
		LintReport report = lintFile("ALTER TABLE users DROP COLUMN a; -- migrate:lint-ignore drop-column unused\n"
				+ "ALTER TABLE users DROP COLUMN b;");

		assertThat(report.suppressed()).extracting(LintFinding::statement)
			.containsExactly("ALTER TABLE users DROP COLUMN a");
		assertThat(report.active()).extracting(LintFinding::statement)
			.containsExactly("ALTER TABLE users DROP COLUMN b");
	}

	@Test
	void commentAppliesToTheNextStatementNotTheOnesAfterIt() throws IOException {
		LintReport report = lintFile("-- migrate:lint-ignore rename-column, drop-column both handled by views\n"
				+ "ALTER TABLE users\n    RENAME name TO full_name;\nALTER TABLE users RENAME email TO mail;");

		assertThat(report.suppressed()).extracting(LintFinding::statement)
			.containsExactly("ALTER TABLE users RENAME name TO full_name");
		assertThat(LintFixtures.ruleIds(report)).containsExactly("rename-column", "unused-lint-ignore");
	}

	@Test
	void severalRulesInOneComment() throws IOException {
		LintReport report = lintFile("-- migrate:lint-ignore set-not-null,change-column-type tiny lookup table\n"
				+ "ALTER TABLE countries ALTER COLUMN code TYPE text, ALTER COLUMN code SET NOT NULL;");

		assertThat(report.active()).isEmpty();
		assertThat(report.suppressed()).extracting(LintFinding::ruleId)
			.containsExactly("set-not-null", "change-column-type");
	}

	@Test
	void suppressionWithoutReasonSilencesNothingAndIsReported() throws IOException {
		LintReport report = lintFile("-- migrate:lint-ignore drop-column\nALTER TABLE users DROP COLUMN legacy;");

		assertThat(LintFixtures.ruleIds(report)).containsExactly("drop-column", "invalid-lint-ignore");
		assertThat(report.hasErrors()).isTrue();
		assertThat(report.active().get(1).message()).contains("gives no reason");
	}

	@Test
	void suppressionOfUnknownRuleIsReported() throws IOException {
		LintReport report = lintFile("-- migrate:lint-ignore drop-colum typo\nALTER TABLE users DROP COLUMN legacy;");

		assertThat(LintFixtures.ruleIds(report)).containsExactly("drop-column", "invalid-lint-ignore");
		assertThat(report.active().get(1).message()).contains("unknown rule 'drop-colum'");
	}

	@Test
	void revisionWideFindingIsSuppressedByACommentAnywhereInTheUpgrade() throws IOException {
		LintReport report = lintFile("",
				"-- migrate:lint-ignore revision-without-message generated baseline\n" + "SELECT 1;");

		assertThat(report.active()).isEmpty();
		assertThat(report.suppressed()).extracting(LintFinding::ruleId).containsExactly("revision-without-message");
	}

	@Test
	void commentInsideTheStatementTextWorksWithoutTheFile() {
		RevisionScript revision = LintFixtures.revision("cccc0001",
				"ALTER TABLE users\n-- migrate:lint-ignore drop-column gone since 2.3\nDROP COLUMN legacy;");

		LintReport report = Linter.withDefaults().lint(List.of(revision));

		assertThat(report.active()).isEmpty();
		assertThat(report.suppressed()).extracting(LintFinding::ruleId).containsExactly("drop-column");
	}

}
