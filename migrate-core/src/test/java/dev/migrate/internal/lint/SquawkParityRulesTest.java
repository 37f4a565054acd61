package dev.migrate.internal.lint;

import dev.migrate.result.Severity;

import static dev.migrate.internal.lint.LintFixtures.revision;
import static dev.migrate.internal.lint.LintFixtures.ruleIds;
import static dev.migrate.internal.lint.LintFixtures.rulesFiredBy;
import static dev.migrate.internal.lint.LintFixtures.rulesFiredByNonTransactional;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The cases where migrate disagreed with Squawk on Squawk's own rule cases (hazards it
 * missed, a safe pattern it flagged) and the rules Squawk has that migrate lacked: each
 * with a statement that violates it and the safe alternative, which must be lint-clean.
 * "users" is never created in these revisions, so it is an existing table.
 */
class SquawkParityRulesTest {

	@Nested
	class ValidateInTheSameTransaction {

		@Test
		void reportsNotValidThenValidateInOneTransactionalRevision() {
			assertThat(rulesFiredBy("ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) "
					+ "REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;"))
				.containsExactly("validate-constraint-in-same-transaction");
			assertThat(rulesFiredBy("ALTER TABLE users ADD CONSTRAINT users_age CHECK (age >= 0) NOT VALID;\n"
					+ "ALTER TABLE users VALIDATE CONSTRAINT users_age;"))
				.containsExactly("validate-constraint-in-same-transaction");
		}

		@Test
		void acceptsValidationInALaterRevision() {
			assertThat(ruleIds(Linter.withDefaults()
				.lint(List.of(
						revision("aaaa0001", "ALTER TABLE users ADD CONSTRAINT users_age CHECK (age >= 0) NOT VALID;"),
						revision("aaaa0002", "ALTER TABLE users VALIDATE CONSTRAINT users_age;")))))
				.isEmpty();
		}

		@Test
		void fixTextSaysSeparateTransactions() {
			String fix = Linter.withDefaults()
				.lint(List.of(revision("aaaa0001",
						"ALTER TABLE users ADD CONSTRAINT c CHECK (a > 0) NOT VALID;\n"
								+ "ALTER TABLE users VALIDATE CONSTRAINT c;")))
				.active()
				.get(0)
				.fix();
			assertThat(fix).contains("separate transaction").contains("later revision");
		}

	}

	@Nested
	class SetNotNullAfterValidatedCheck {

		@Test
		void acceptsSetNotNullProvenByACheckValidatedInAnEarlierRevision() {
			assertThat(
					ruleIds(Linter.withDefaults()
						.lint(List.of(revision("aaaa0001",
								"ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;"),
								revision("aaaa0002", "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;"),
								revision("aaaa0003", "ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n"
										+ "ALTER TABLE users DROP CONSTRAINT users_email_nn;")))))
				.isEmpty();
		}

		@Test
		void acceptsSeveralColumnsProvenByOneCheck() {
			assertThat(ruleIds(Linter.withDefaults()
				.lint(List.of(
						revision("aaaa0001",
								"ALTER TABLE users ADD CONSTRAINT ck_names CHECK (first_name IS NOT NULL AND "
										+ "(last_name IS NOT NULL)) NOT VALID;"),
						revision("aaaa0002",
								"ALTER TABLE users VALIDATE CONSTRAINT ck_names;\n"
										+ "ALTER TABLE users ALTER COLUMN first_name SET NOT NULL;\n"
										+ "ALTER TABLE users ALTER COLUMN last_name SET NOT NULL;")))))
				.isEmpty();
			assertThat(ruleIds(Linter.withDefaults()
				.lint(List.of(
						revision("aaaa0001",
								"ALTER TABLE users ADD CONSTRAINT ck_names CHECK (first_name IS NOT NULL OR "
										+ "last_name IS NOT NULL) NOT VALID;"),
						revision("aaaa0002",
								"ALTER TABLE users VALIDATE CONSTRAINT ck_names;\n"
										+ "ALTER TABLE users ALTER COLUMN first_name SET NOT NULL;")))))
				.containsExactly("set-not-null");
		}

		@Test
		void stillReportsWithoutAValidatedCheckOnThatColumn() {
			assertThat(
					ruleIds(Linter.withDefaults()
						.lint(List.of(revision("aaaa0001",
								"ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;"),
								revision("aaaa0002", "ALTER TABLE users ALTER COLUMN email SET NOT NULL;")))))
				.containsExactly("set-not-null");
			assertThat(
					ruleIds(Linter.withDefaults()
						.lint(List.of(revision("aaaa0001",
								"ALTER TABLE users ADD CONSTRAINT users_name_nn CHECK ((name IS NOT NULL)) NOT VALID;"),
								revision("aaaa0002", "ALTER TABLE users VALIDATE CONSTRAINT users_name_nn;"),
								revision("aaaa0003", "ALTER TABLE users ALTER COLUMN email SET NOT NULL;")))))
				.containsExactly("set-not-null");
			assertThat(
					ruleIds(Linter.withDefaults()
						.lint(List.of(revision("aaaa0001",
								"ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;"),
								revision("aaaa0002", "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;"),
								revision("aaaa0003",
										"ALTER TABLE users DROP CONSTRAINT users_email_nn;\n"
												+ "ALTER TABLE users ALTER COLUMN email SET NOT NULL;")))))
				.containsExactly("set-not-null");
		}

	}

	@Nested
	class UnknownFunctionDefaults {

		@Test
		void reportsFunctionsThatAreNotKnownNonVolatileBuiltIns() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN token uuid DEFAULT uuid();"))
				.containsExactly("volatile-default");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN code text DEFAULT app.next_code();"))
				.containsExactly("volatile-default");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN code text DEFAULT \"my_func\"(1);"))
				.containsExactly("volatile-default");
		}

		@Test
		void acceptsImmutableOrStableBuiltInsAndCasts() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN day date DEFAULT date_trunc('day', now())::date;"))
				.isEmpty();
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN tag text DEFAULT lower('X')::varchar(10);"))
				.doesNotContain("volatile-default");
			assertThat(rulesFiredBy(
					"ALTER TABLE users ADD COLUMN at timestamptz DEFAULT pg_catalog.now() + interval '1 day';"))
				.isEmpty();
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN n numeric DEFAULT CAST(0 AS numeric(5));")).isEmpty();
		}

	}

	@Nested
	class AddColumnReferences {

		@Test
		void reportsReferencesOnAnAddedColumnOfAnExistingTable() {
			assertThat(rulesFiredBy("ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id);"))
				.containsExactly("foreign-key-without-not-valid");
		}

		@Test
		void acceptsTheColumnThenANotValidForeignKey() {
			assertThat(ruleIds(Linter.withDefaults()
				.lint(List.of(revision("aaaa0001", "ALTER TABLE orders ADD COLUMN user_id bigint;\n"
						+ "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) "
						+ "NOT VALID;"),
						revision("aaaa0002", "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;")))))
				.isEmpty();
			assertThat(rulesFiredBy("CREATE TABLE notes (id bigint, user_id bigint);\n"
					+ "ALTER TABLE notes ADD COLUMN owner_id bigint REFERENCES users (id);"))
				.isEmpty();
		}

	}

	@Nested
	class QuotedTypeNames {

		@Test
		void reportsQuotedSerialAndBlankPaddedTypes() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN n \"bigserial\";")).contains("volatile-default",
					"prefer-identity");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN n \"serial\";")).contains("volatile-default",
					"prefer-identity", "prefer-bigint-over-int");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN code \"bpchar\"(3);"))
				.containsExactly("prefer-text-over-char");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN code nchar(3);"))
				.containsExactly("prefer-text-over-char");
		}

		@Test
		void acceptsTheOneByteCharTypeAndText() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN flag \"char\";")).isEmpty();
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN code text;")).isEmpty();
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN n \"SERIAL\";")).doesNotContain("volatile-default");
		}

	}

	@Nested
	class Reindex {

		@Test
		void reportsReindexWithoutConcurrently() {
			assertThat(rulesFiredBy("REINDEX INDEX ix_users_email;")).containsExactly("require-concurrent-reindex");
			assertThat(rulesFiredBy("REINDEX TABLE users;")).containsExactly("require-concurrent-reindex");
			assertThat(rulesFiredByNonTransactional("REINDEX (VERBOSE) TABLE users;"))
				.containsExactly("require-concurrent-reindex");
		}

		@Test
		void acceptsConcurrentReindexOutsideATransaction() {
			assertThat(rulesFiredByNonTransactional("REINDEX INDEX CONCURRENTLY ix_users_email;")).isEmpty();
			assertThat(rulesFiredByNonTransactional("REINDEX (CONCURRENTLY) TABLE users;")).isEmpty();
			assertThat(rulesFiredBy("REINDEX TABLE CONCURRENTLY users;"))
				.containsExactly("concurrently-in-transaction");
		}

	}

	@Nested
	class Drops {

		@Test
		void reportsDropDatabaseAndDropNotNull() {
			assertThat(rulesFiredBy("DROP DATABASE IF EXISTS legacy;")).containsExactly("ban-drop-database");
			assertThat(rulesFiredBy("ALTER TABLE users ALTER COLUMN email DROP NOT NULL;"))
				.containsExactly("ban-drop-not-null");
		}

		@Test
		void acceptsDropNotNullOnANewTableAndOtherDrops() {
			assertThat(rulesFiredBy("CREATE TABLE t (a int8 NOT NULL);\nALTER TABLE t ALTER COLUMN a DROP NOT NULL;"))
				.isEmpty();
			assertThat(rulesFiredBy("DROP SCHEMA IF EXISTS scratch;")).isEmpty();
		}

	}

	@Nested
	class TypeAdvice {

		@Test
		void reportsIntSmallintAndVarchar() {
			assertThat(rulesFiredBy("CREATE TABLE t (id integer, n int4, s smallint, name varchar(40));"))
				.containsExactlyInAnyOrder("prefer-bigint-over-int", "prefer-bigint-over-int",
						"prefer-bigint-over-smallint", "prefer-text-field");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN name character varying(10);"))
				.containsExactly("prefer-text-field");
		}

		@Test
		void acceptsBigintAndText() {
			assertThat(rulesFiredBy(
					"CREATE TABLE t (id bigint, name text CONSTRAINT t_name_length CHECK (char_length(name) <= 40), "
							+ "v varchar);"))
				.isEmpty();
		}

		@Test
		void charFixTextIsItselfLintClean() {
			String fix = Linter.withDefaults()
				.lint(List.of(revision("aaaa0001", "CREATE TABLE t (code char(2));")))
				.active()
				.get(0)
				.fix();
			assertThat(fix).doesNotContain("varchar");
		}

	}

	@Nested
	class RobustStatements {

		@Test
		void reportsStatementsThatFailOnRetryInANonTransactionalRevision() {
			assertThat(rulesFiredByNonTransactional("CREATE TABLE t (id bigint);"))
				.containsExactly("prefer-robust-stmts");
			assertThat(rulesFiredByNonTransactional("ALTER TABLE users ADD COLUMN phone text;"))
				.containsExactly("prefer-robust-stmts");
			assertThat(rulesFiredByNonTransactional("CREATE INDEX CONCURRENTLY ix ON users (a);"))
				.containsExactly("prefer-robust-stmts");
			// IF NOT EXISTS would keep the invalid index a failed concurrent build
			// leaves.
			assertThat(rulesFiredByNonTransactional("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON users (a);"))
				.containsExactly("prefer-robust-stmts");
			assertThat(rulesFiredByNonTransactional(
					"ALTER TABLE users ADD CONSTRAINT users_age CHECK (age >= 0) NOT VALID;"))
				.containsExactly("prefer-robust-stmts");
		}

		@Test
		void acceptsReRunnableStatementsAndTransactionalRevisions() {
			assertThat(rulesFiredByNonTransactional("CREATE TABLE IF NOT EXISTS t (id bigint);\n"
					+ "ALTER TABLE users ADD COLUMN IF NOT EXISTS phone text;\n"
					+ "DROP INDEX CONCURRENTLY IF EXISTS ix;\nCREATE INDEX CONCURRENTLY ix ON users (a);\n"
					+ "ALTER TABLE users DROP CONSTRAINT IF EXISTS users_age;\n"
					+ "ALTER TABLE users ADD CONSTRAINT users_age CHECK (age >= 0) NOT VALID;"))
				.isEmpty();
			assertThat(rulesFiredBy("CREATE TABLE t (id bigint);")).isEmpty();
		}

	}

	@Nested
	class Domains {

		@Test
		void reportsConstrainedDomainsAndAddedDomainConstraints() {
			assertThat(rulesFiredBy("CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');"))
				.containsExactly("ban-create-domain-with-constraint");
			assertThat(rulesFiredBy("ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%');"))
				.containsExactly("ban-alter-domain-with-add-constraint");
			assertThat(rulesFiredBy("ALTER DOMAIN email SET NOT NULL;"))
				.containsExactly("ban-alter-domain-with-add-constraint");
		}

		@Test
		void acceptsPlainDomainsAndNotValidDomainConstraints() {
			assertThat(rulesFiredBy("CREATE DOMAIN email AS text;")).isEmpty();
			assertThat(rulesFiredBy("ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%') NOT VALID;"))
				.isEmpty();
		}

	}

	@Nested
	class TruncateAndTransactions {

		@Test
		void reportsTruncateCascadeAndAnUncommittedBegin() {
			assertThat(rulesFiredBy("TRUNCATE TABLE audit_log CASCADE;")).containsExactly("ban-truncate-cascade");
			assertThat(rulesFiredByNonTransactional(
					"BEGIN;\nUPDATE settings SET value = 'x' WHERE key = 'k';\nCOMMIT;\nBEGIN;\nDELETE FROM t;"))
				.containsExactly("ban-uncommitted-transaction");
		}

		@Test
		void acceptsPlainTruncateAndCommittedBlocks() {
			assertThat(rulesFiredBy("TRUNCATE audit_log;")).isEmpty();
			assertThat(rulesFiredByNonTransactional(
					"BEGIN;\nUPDATE settings SET value = 'x' WHERE key = 'k';\nCOMMIT;\nSTART TRANSACTION;\nROLLBACK;"))
				.isEmpty();
		}

	}

	@Nested
	class EnumsPartitionsAndAssignments {

		@Test
		void reportsTheHazards() {
			assertThat(rulesFiredBy("ALTER TYPE status ADD VALUE 'archived';"))
				.containsExactly("require-enum-value-ordering");
			assertThat(rulesFiredBy("ALTER TABLE events DETACH PARTITION events_2020;"))
				.containsExactly("require-concurrent-partition-detach");
			assertThat(rulesFiredBy("UPDATE users SET name = 'a', email = 'b', name = 'c';"))
				.containsExactly("ban-duplicate-column-assignments");
			assertThat(rulesFiredBy("INSERT INTO users (id, n) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET "
					+ "n = users.n + 1, (a, n) = (1, 2);"))
				.containsExactly("ban-duplicate-column-assignments");
		}

		@Test
		void acceptsTheSafeForms() {
			assertThat(rulesFiredBy("ALTER TYPE status ADD VALUE IF NOT EXISTS 'archived' AFTER 'shipped';")).isEmpty();
			assertThat(rulesFiredByNonTransactional("ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;"))
				.isEmpty();
			assertThat(rulesFiredBy("UPDATE users SET tags[1] = 'a', tags[2] = 'b', name = 'c' WHERE id = 1;"))
				.isEmpty();
		}

	}

	@Nested
	class OptInRules {

		@Test
		void requireTableSchemaReportsUnqualifiedTablesWhenEnabled() {
			Linter linter = Linter.builder().severity("require-table-schema", Severity.WARNING).build();
			assertThat(ruleIds(linter.lint(List.of(revision("aaaa0001", "CREATE TABLE t (id bigint);")))))
				.containsExactly("require-table-schema");
			assertThat(ruleIds(linter.lint(List.of(revision("aaaa0001",
					"CREATE TABLE app.t (id bigint);\n"
							+ "CREATE INDEX ix_t ON app.t (id);\nALTER TABLE \"app\".t ADD COLUMN n bigint;")))))
				.isEmpty();
			assertThat(rulesFiredBy("CREATE TABLE t (id bigint);")).isEmpty();
		}

		@Test
		void requireStatementTimeoutReportsOncePerRevisionWhenEnabled() {
			Linter linter = Linter.builder().severity("require-statement-timeout", Severity.WARNING).build();
			assertThat(ruleIds(linter.lint(List.of(revision("aaaa0001",
					"ALTER TABLE users ADD COLUMN a text;\nALTER TABLE users ADD COLUMN b text;")))))
				.containsExactly("require-statement-timeout");
			assertThat(ruleIds(linter.lint(List
				.of(revision("aaaa0001", "SET statement_timeout = '1min';\nALTER TABLE users ADD COLUMN a text;")))))
				.isEmpty();
			Linter withEngineTimeout = Linter.builder()
				.severity("require-statement-timeout", Severity.WARNING)
				.engineStatementTimeout(Duration.ofMinutes(1))
				.build();
			assertThat(ruleIds(
					withEngineTimeout.lint(List.of(revision("aaaa0001", "ALTER TABLE users ADD COLUMN a text;")))))
				.isEmpty();
		}

	}

}
