package dev.migrate.internal.lint;

import dev.migrate.LintIgnore;
import dev.migrate.result.LintFinding;
import dev.migrate.result.LintReport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.Transactional;
import dev.migrate.ops.Operations;
import dev.migrate.internal.source.JavaRevisionReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java revisions are linted from the operations their {@code upgrade} issues. */
class LintJavaRevisionTest {

	@Revision(id = "dddd0001", revises = "cccc0001", message = "drop legacy flag")
	public static final class DropLegacyFlag implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("ALTER TABLE users DROP COLUMN legacy_flag");
		}

	}

	@Revision(id = "dddd0002", message = "drop legacy flag, excused")
	@LintIgnore(value = "drop-column", reason = "no release since 2.3 reads legacy_flag")
	public static final class ExcusedDrop implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("ALTER TABLE users DROP COLUMN legacy_flag");
		}

	}

	@Revision(id = "dddd0003", message = "excused on the method, twice")
	public static final class ExcusedOnMethod implements Migration {

		@Override
		@LintIgnore(value = "drop-column", reason = "contract step of release 2.4")
		@LintIgnore(value = "rename-table", reason = "")
		public void upgrade(Operations op) {
			op.execute("ALTER TABLE users DROP COLUMN legacy_flag");
		}

	}

	@Revision(id = "dddd0004", message = "index inside a forced transaction", transactional = Transactional.TRUE)
	public static final class ConcurrentIndexInTransaction implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.executeNonTransactional("CREATE INDEX CONCURRENTLY ix_users_email ON users (email)");
		}

	}

	@Revision(id = "dddd0005", message = "index, transactionality decided from the operations")
	public static final class ConcurrentIndexAuto implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.executeNonTransactional("DROP INDEX CONCURRENTLY IF EXISTS ix_users_email");
			op.executeNonTransactional("CREATE INDEX CONCURRENTLY ix_users_email ON users (email)");
		}

	}

	@Revision(id = "dddd0006", message = "data migration")
	public static final class DataMigration implements Migration {

		@Override
		public void upgrade(Operations op) throws Exception {
			op.execute("ALTER TABLE users ADD COLUMN status text");
			try (var statement = op.connection().createStatement()) {
				statement.execute("UPDATE users SET status = 'active'");
			}
			op.execute("ALTER TABLE users DROP COLUMN legacy_flag");
		}

	}

	private static LintReport lint(Migration... migrations) {
		return Linter.withDefaults().lint(java.util.Arrays.stream(migrations).map(JavaRevisionReader::read).toList());
	}

	@Test
	void findingPointsAtTheLineOfTheOperationCall() {
		LintReport report = lint(new DropLegacyFlag());

		assertThat(report.active()).singleElement().satisfies(finding -> {
			assertThat(finding.ruleId()).isEqualTo("drop-column");
			assertThat(finding.revision()).isEqualTo("dddd0001");
			assertThat(finding.location().file()).isEqualTo("dev/migrate/internal/lint/LintJavaRevisionTest.java");
			assertThat(finding.location().line()).isEqualTo(25);
			assertThat(finding.statement()).isEqualTo("ALTER TABLE users DROP COLUMN legacy_flag");
		});
	}

	@Test
	void lintIgnoreOnTheClassSuppressesWithItsReason() {
		LintReport report = lint(new ExcusedDrop());

		assertThat(report.active()).isEmpty();
		assertThat(report.suppressed()).singleElement().satisfies(finding -> {
			assertThat(finding.ruleId()).isEqualTo("drop-column");
			assertThat(finding.suppressionReason()).isEqualTo("no release since 2.3 reads legacy_flag");
		});
	}

	@Test
	void repeatedLintIgnoreOnUpgradeAndBlankReasonIsReported() {
		LintReport report = lint(new ExcusedOnMethod());

		assertThat(report.suppressed()).extracting(LintFinding::ruleId).containsExactly("drop-column");
		assertThat(report.active()).singleElement().satisfies(finding -> {
			assertThat(finding.ruleId()).isEqualTo("invalid-lint-ignore");
			assertThat(finding.location().file()).isEqualTo("class " + ExcusedOnMethod.class.getName());
		});
	}

	@Test
	void concurrentlyIsAnErrorOnlyWhenTheRevisionIsForcedIntoATransaction() {
		assertThat(LintFixtures.ruleIds(lint(new ConcurrentIndexInTransaction())))
			.containsExactly("concurrently-in-transaction");
		assertThat(LintFixtures.ruleIds(lint(new ConcurrentIndexAuto()))).isEmpty();
	}

	@Test
	void dataMigrationIsLintedUpToTheConnectionCallAndSaysSo() {
		LintReport report = lint(new DataMigration());

		assertThat(LintFixtures.ruleIds(report)).containsExactly("revision-not-fully-linted");
		assertThat(report.active().get(0).message()).contains("uses the JDBC connection");
	}

	@Test
	void tablesCreatedByEarlierRevisionsAreExistingAndNamedInMessages() {
		LintReport report = Linter.withDefaults()
			.lint(List.of(LintFixtures.revision("cccc0001", "CREATE TABLE users (id bigint, legacy_flag boolean);"),
					JavaRevisionReader.read(new DropLegacyFlag())));

		assertThat(report.active()).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("\"users\" (created by revision cccc0001)"));
	}

}
