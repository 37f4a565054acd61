package dev.migrate.internal.lint;

import dev.migrate.result.LintReport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.Transactional;
import dev.migrate.ops.CheckConstraint;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.DropOption;
import dev.migrate.ops.ForeignKey;
import dev.migrate.ops.Operations;
import dev.migrate.internal.source.JavaRevisionReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Typed operations are rendered by the PostgreSQL dialect and the rendered SQL is linted,
 * so every rule applies to Java revisions exactly as to SQL files.
 */
class LintJavaOperationsTest {

	@Revision(id = "abcd0001", message = "the hazardous way")
	public static final class Hazardous implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("users", "phone", ColumnType.TEXT, c -> c.notNull());
			op.setNotNull("users", "email");
			op.createIndex("ix_users_email", "users", "email");
			op.renameColumn("users", "name", "full_name");
			op.alterColumnType("users", "id", ColumnType.BIGINT);
			op.addForeignKey("orders_user_fk", "orders", ForeignKey.of("user_id", "users", "id"));
			op.addCheckConstraint("orders_total_positive", "orders", "total >= 0");
			op.addUniqueConstraint("users_email_key", "users", "email");
			op.addColumn("users", "seen_at", ColumnType.TIMESTAMP);
			op.dropColumn("users", "legacy_flag");
			op.dropTable("audit_log");
		}

	}

	@Revision(id = "abcd0002", message = "the safe way")
	public static final class Safe implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("invoices",
					t -> t.column("id", ColumnType.BIGINT, c -> c.identity().primaryKey())
						.column("user_id", ColumnType.BIGINT, c -> c.notNull())
						.column("issued_at", ColumnType.TIMESTAMPTZ, c -> c.notNull()));
			op.createIndex("ix_invoices_user", "invoices", "user_id");
			op.addColumn("users", "phone", ColumnType.TEXT);
			op.addColumn("users", "active", ColumnType.BOOLEAN, c -> c.notNull().defaultValue(true));
			op.addConstraintNotValid("orders", CheckConstraint.of("total >= 0").named("orders_total_positive"));
		}

	}

	@Revision(id = "abcd0005", message = "the safe way, continued: validation commits separately")
	public static final class SafeValidation implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.validateConstraint("orders", "orders_total_positive");
		}

	}

	/**
	 * Runs in autocommit (AUTO, because of the concurrent build), so each operation must
	 * survive a retry: a failed build leaves an invalid index, dropped first.
	 */
	@Revision(id = "abcd0006", message = "the safe way: a concurrent index in a revision of its own")
	public static final class SafeConcurrentIndex implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.dropIndex("ix_users_email", DropOption.CONCURRENTLY, DropOption.IF_EXISTS);
			op.createIndex("ix_users_email", "users", i -> i.columns("email").concurrently());
		}

	}

	/** The rules added for parity with Squawk see typed operations too. */
	@Revision(id = "abcd0007", message = "hazards the newer rules catch")
	public static final class NewerHazards implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addConstraintNotValid("orders", CheckConstraint.of("total >= 0").named("orders_total_positive"));
			op.validateConstraint("orders", "orders_total_positive");
			op.dropNotNull("users", "email");
			op.addColumn("users", "visits", ColumnType.INTEGER);
			op.addColumn("users", "nickname", ColumnType.varchar(30));
			op.addEnumValue("order_status", "archived");
			op.execute("REINDEX INDEX ix_users_email");
		}

	}

	@Revision(id = "abcd0008", message = "the same, the safe way", transactional = Transactional.FALSE)
	public static final class NewerHazardsSafe implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addEnumValue("order_status", "archived", v -> v.after("shipped").ifNotExists());
			op.executeNonTransactional("REINDEX INDEX CONCURRENTLY ix_users_email");
		}

	}

	@Revision(id = "abcd0003", message = "a name PostgreSQL would truncate")
	public static final class LongName implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("users", "x".repeat(64), ColumnType.TEXT);
		}

	}

	@Revision(id = "abcd0004", message = "an empty name")
	public static final class EmptyName implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("users", "", ColumnType.TEXT);
		}

	}

	private static List<String> rules(Migration migration) {
		return LintFixtures.ruleIds(Linter.withDefaults().lint(List.of(JavaRevisionReader.read(migration))));
	}

	@Test
	void typedOperationsAreCheckedByTheSameRules() {
		assertThat(rules(new Hazardous())).containsExactly("not-null-column-without-default", "set-not-null",
				"create-index-non-concurrently", "rename-column", "change-column-type", "foreign-key-without-not-valid",
				"check-without-not-valid", "add-unique-constraint", "prefer-timestamptz", "drop-column", "drop-table",
				"expand-and-contract-together");
	}

	@Test
	void newerRulesCheckTypedOperationsToo() {
		assertThat(rules(new NewerHazards())).containsExactly("validate-constraint-in-same-transaction",
				"ban-drop-not-null", "prefer-bigint-over-int", "prefer-text-field", "require-enum-value-ordering",
				"require-concurrent-reindex");
	}

	@Test
	void safeOperationsPass() {
		assertThat(rules(new Safe())).isEmpty();
		assertThat(rules(new SafeValidation())).isEmpty();
		assertThat(rules(new SafeConcurrentIndex())).isEmpty();
		assertThat(rules(new NewerHazardsSafe())).isEmpty();
	}

	@Test
	void namesTheDialectRefusesAreReportedAtTheCallingLine() {
		LintReport report = Linter.withDefaults().lint(List.of(JavaRevisionReader.read(new LongName())));

		assertThat(report.active()).singleElement().satisfies(finding -> {
			assertThat(finding.ruleId()).isEqualTo("identifier-too-long");
			assertThat(finding.location().toString())
				.isEqualTo("dev/migrate/internal/lint/LintJavaOperationsTest.java:120");
		});
	}

	@Test
	void anEmptyNameIsNotReportedAsTooLong() {
		LintReport report = Linter.withDefaults().lint(List.of(JavaRevisionReader.read(new EmptyName())));

		assertThat(report.active()).singleElement().satisfies(finding -> {
			assertThat(finding.ruleId()).isEqualTo("revision-not-fully-linted");
			assertThat(finding.message()).contains("must not be empty");
		});
	}

}
