package dev.migrate.internal.lint;

import dev.migrate.result.LintReport;

import static dev.migrate.internal.lint.LintFixtures.rulesFiredBy;
import static dev.migrate.internal.lint.LintFixtures.rulesFiredByNonTransactional;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each built-in rule with a statement that violates it and the safe alternative that does
 * not. "users" is never created in these revisions, so it is an existing table.
 */
class LintRulesTest {

	@Nested
	class NotNullColumnWithoutDefault {

		@Test
		void reportsNotNullColumnWithoutDefaultOnExistingTable() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN phone text NOT NULL;"))
				.contains("not-null-column-without-default");
			assertThat(rulesFiredBy("ALTER TABLE users ADD phone text DEFAULT NULL NOT NULL;"))
				.contains("not-null-column-without-default");
		}

		@Test
		void acceptsConstantDefaultNullableColumnOrNewTable() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;"))
				.doesNotContain("not-null-column-without-default");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN phone text;"))
				.doesNotContain("not-null-column-without-default");
			assertThat(rulesFiredBy(
					"CREATE TABLE accounts (id bigint);\n" + "ALTER TABLE accounts ADD COLUMN phone text NOT NULL;"))
				.doesNotContain("not-null-column-without-default");
		}

	}

	@Nested
	class VolatileDefault {

		@Test
		void reportsVolatileDefaultsAndSelfFillingColumns() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();"))
				.contains("volatile-default");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp();"))
				.contains("volatile-default");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN n bigserial;")).contains("volatile-default");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;"))
				.contains("volatile-default");
		}

		@Test
		void acceptsStableOrConstantDefaults() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();"))
				.doesNotContain("volatile-default");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN note text DEFAULT 'random()';"))
				.doesNotContain("volatile-default");
			assertThat(rulesFiredBy("ALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid();"))
				.doesNotContain("volatile-default");
		}

	}

	@Nested
	class SetNotNull {

		@Test
		void reportsSetNotNullOnExistingTable() {
			assertThat(rulesFiredBy("ALTER TABLE users ALTER COLUMN email SET NOT NULL;")).contains("set-not-null");
		}

		@Test
		void acceptsCheckNotValidThenValidate() {
			assertThat(rulesFiredBy(
					"ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n"
							+ "ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;"))
				.doesNotContain("set-not-null", "check-without-not-valid");
		}

	}

	@Nested
	class DropAndRename {

		@Test
		void reportsDropsOfExistingObjects() {
			assertThat(rulesFiredBy("ALTER TABLE users DROP COLUMN legacy_flag;")).contains("drop-column");
			assertThat(rulesFiredBy("DROP TABLE IF EXISTS audit_log CASCADE;")).contains("drop-table");
		}

		@Test
		void acceptsDropsOfObjectsCreatedInTheSameRevision() {
			assertThat(rulesFiredBy("CREATE TABLE scratch (id int, tmp int);\n"
					+ "ALTER TABLE scratch DROP COLUMN tmp;\nDROP TABLE scratch;"))
				.doesNotContain("drop-column", "drop-table");
		}

		@Test
		void reportsRenames() {
			assertThat(rulesFiredBy("ALTER TABLE users RENAME COLUMN name TO full_name;")).contains("rename-column");
			assertThat(rulesFiredBy("ALTER TABLE users RENAME name TO full_name;")).contains("rename-column");
			assertThat(rulesFiredBy("ALTER TABLE users RENAME TO customers;")).contains("rename-table");
		}

		@Test
		void acceptsRenamesOfNewTablesAndConstraints() {
			assertThat(rulesFiredBy("CREATE TABLE staging (a int);\nALTER TABLE staging RENAME a TO b;\n"
					+ "ALTER TABLE staging RENAME TO staged;"))
				.doesNotContain("rename-column", "rename-table");
			assertThat(rulesFiredBy("ALTER TABLE users RENAME CONSTRAINT a_key TO b_key;"))
				.doesNotContain("rename-column", "rename-table");
		}

	}

	@Nested
	class ChangeColumnType {

		@Test
		void reportsTypeChangeOnExistingTable() {
			assertThat(rulesFiredBy("ALTER TABLE users ALTER COLUMN id TYPE bigint;")).contains("change-column-type");
			assertThat(rulesFiredBy("ALTER TABLE users ALTER COLUMN id SET DATA TYPE bigint USING id::bigint;"))
				.contains("change-column-type");
		}

		@Test
		void acceptsTypeChangeOnNewTable() {
			assertThat(rulesFiredBy("CREATE TABLE t (id int);\nALTER TABLE t ALTER COLUMN id TYPE bigint;"))
				.doesNotContain("change-column-type");
		}

	}

	@Nested
	class Indexes {

		@Test
		void reportsBlockingIndexBuildAndDrop() {
			assertThat(rulesFiredBy("CREATE INDEX ix_users_email ON users (email);"))
				.contains("create-index-non-concurrently");
			assertThat(rulesFiredBy("CREATE UNIQUE INDEX IF NOT EXISTS ix ON public.users USING btree (email);"))
				.contains("create-index-non-concurrently");
			assertThat(rulesFiredBy("DROP INDEX ix_users_email;")).contains("drop-index-non-concurrently");
		}

		@Test
		void acceptsConcurrentIndexOperationsOutsideTransactions() {
			assertThat(rulesFiredByNonTransactional("CREATE INDEX CONCURRENTLY ix_users_email ON users (email);\n"
					+ "DROP INDEX CONCURRENTLY IF EXISTS ix_old;"))
				.doesNotContain("create-index-non-concurrently", "drop-index-non-concurrently",
						"concurrently-in-transaction");
		}

		@Test
		void acceptsPlainIndexesOnNewTables() {
			assertThat(rulesFiredBy("CREATE TABLE t (id int);\nCREATE INDEX ix_t ON t (id);\nDROP INDEX ix_t;"))
				.doesNotContain("create-index-non-concurrently", "drop-index-non-concurrently");
		}

		@Test
		void reportsConcurrentlyInTransactionalRevision() {
			assertThat(rulesFiredBy("CREATE INDEX CONCURRENTLY ix_users_email ON users (email);"))
				.contains("concurrently-in-transaction");
			assertThat(rulesFiredBy("REINDEX INDEX CONCURRENTLY ix_users_email;"))
				.contains("concurrently-in-transaction");
		}

		@Test
		void reportsTopLevelTransactionControlInATransactionalRevision() {
			for (String sql : List.of("BEGIN;", "START TRANSACTION;", "COMMIT;", "END;", "ROLLBACK;", "ABORT;",
					"SAVEPOINT s1;", "RELEASE SAVEPOINT s1;", "ROLLBACK TO SAVEPOINT s1;", "PREPARE TRANSACTION 'x';",
					"/* why */ commit;")) {
				assertThat(rulesFiredBy("CREATE TABLE t (id int);\n" + sql)).as(sql).contains("transaction-nesting");
			}
		}

		@Test
		void transactionControlInsideDoBlocksAndFunctionsOrNonTransactionalRevisionsIsFine() {
			assertThat(rulesFiredBy("DO $$ BEGIN PERFORM 1; END $$;\n"
					+ "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $f$ BEGIN COMMIT; END $f$;\n"
					+ "CREATE TABLE begin_log (id int);"))
				.doesNotContain("transaction-nesting");
			assertThat(rulesFiredByNonTransactional("CREATE TABLE t (id int);\nCOMMIT;"))
				.doesNotContain("transaction-nesting");
		}

		@Test
		void refreshingAMaterializedViewConcurrentlyIsFineInATransaction() {
			// PostgreSQL accepts it inside a transaction block, unlike the other
			// CONCURRENTLY statements.
			assertThat(rulesFiredBy("REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;"))
				.doesNotContain("concurrently-in-transaction");
		}

	}

	@Nested
	class Constraints {

		@Test
		void reportsForeignKeyAndCheckWithoutNotValid() {
			assertThat(rulesFiredBy(
					"ALTER TABLE orders ADD CONSTRAINT fk_user FOREIGN KEY (user_id) " + "REFERENCES users (id);"))
				.contains("foreign-key-without-not-valid");
			assertThat(rulesFiredBy("ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users;"))
				.contains("foreign-key-without-not-valid");
			assertThat(rulesFiredBy("ALTER TABLE orders ADD CONSTRAINT positive CHECK (total >= 0);"))
				.contains("check-without-not-valid");
		}

		@Test
		void acceptsNotValidConstraintsAndConstraintsOnNewTables() {
			assertThat(rulesFiredBy("ALTER TABLE orders ADD CONSTRAINT fk_user FOREIGN KEY (user_id) "
					+ "REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT fk_user;\n"
					+ "ALTER TABLE orders ADD CONSTRAINT positive CHECK (total >= 0) NOT VALID;"))
				.doesNotContain("foreign-key-without-not-valid", "check-without-not-valid");
			assertThat(rulesFiredBy("CREATE TABLE items (id int, order_id int);\n"
					+ "ALTER TABLE items ADD CONSTRAINT fk FOREIGN KEY (order_id) REFERENCES orders (id);"))
				.doesNotContain("foreign-key-without-not-valid");
		}

		@Test
		void reportsUniqueConstraintAddedDirectly() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);"))
				.contains("add-unique-constraint");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN handle text UNIQUE;"))
				.contains("add-unique-constraint");
		}

		@Test
		void acceptsUniqueConstraintUsingIndex() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX ix_email;"))
				.doesNotContain("add-unique-constraint");
		}

		@Test
		void reportsPrimaryKeyAddedToExistingTable() {
			assertThat(rulesFiredBy("ALTER TABLE events ADD PRIMARY KEY (id);")).contains("add-primary-key");
			assertThat(rulesFiredBy("ALTER TABLE events ADD COLUMN id bigint PRIMARY KEY DEFAULT 0;"))
				.contains("add-primary-key");
		}

		@Test
		void acceptsPrimaryKeyUsingIndexOrOnNewTable() {
			assertThat(rulesFiredBy("ALTER TABLE events ADD CONSTRAINT events_pkey PRIMARY KEY USING INDEX ix_id;"))
				.doesNotContain("add-primary-key");
			assertThat(rulesFiredBy("CREATE TABLE t (id int);\nALTER TABLE t ADD PRIMARY KEY (id);"))
				.doesNotContain("add-primary-key");
		}

	}

	@Nested
	class TableRewrites {

		@Test
		void reportsVacuumFullAndCluster() {
			assertThat(rulesFiredBy("VACUUM FULL users;")).contains("vacuum-full");
			assertThat(rulesFiredBy("VACUUM (FULL, ANALYZE) users;")).contains("vacuum-full");
			assertThat(rulesFiredBy("CLUSTER users USING users_pkey;")).contains("cluster");
		}

		@Test
		void acceptsPlainVacuumAndAnalyze() {
			assertThat(
					rulesFiredByNonTransactional("VACUUM (ANALYZE) users;\nVACUUM (FULL false) users;\nANALYZE users;"))
				.doesNotContain("vacuum-full", "cluster");
		}

	}

	@Nested
	class Identifiers {

		@Test
		void reportsIdentifiersOver63Bytes() {
			String name = "x".repeat(64);
			assertThat(rulesFiredBy("CREATE TABLE t (" + name + " int);")).contains("identifier-too-long");
			// 32 two-byte characters are 64 bytes: the limit is in bytes.
			assertThat(rulesFiredBy("CREATE TABLE \"" + "é".repeat(32) + "\" (id int);"))
				.contains("identifier-too-long");
		}

		@Test
		void accepts63ByteIdentifiersAndLongStrings() {
			assertThat(rulesFiredBy("CREATE TABLE t (" + "x".repeat(63) + " int);\n" + "COMMENT ON TABLE t IS '"
					+ "long ".repeat(30) + "';"))
				.doesNotContain("identifier-too-long");
		}

	}

	@Nested
	class DataTypeAdvice {

		@Test
		void advisesAgainstCharTimestampSerialAndJson() {
			assertThat(rulesFiredBy("CREATE TABLE t (code char(3), at timestamp, id serial, doc json);"))
				.contains("prefer-text-over-char", "prefer-timestamptz", "prefer-identity", "prefer-jsonb");
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN at timestamp(3) without time zone;"))
				.contains("prefer-timestamptz");
			assertThat(rulesFiredBy("ALTER TABLE users ALTER COLUMN doc TYPE json;")).contains("prefer-jsonb");
		}

		@Test
		void acceptsTheRecommendedTypes() {
			assertThat(rulesFiredBy("CREATE TABLE t (code text, name character varying(20), at timestamptz, "
					+ "at2 timestamp with time zone, id bigint GENERATED ALWAYS AS IDENTITY, doc jsonb, "
					+ "\"timestamp\" text);"))
				.doesNotContain("prefer-text-over-char", "prefer-timestamptz", "prefer-identity", "prefer-jsonb");
		}

	}

	@Nested
	class RevisionWide {

		@Test
		void reportsRevisionWithoutMessage() {
			LintReport report = Linter.withDefaults()
				.lint(java.util.List.of(LintFixtures.revision("aaaa0001", "", true, "SELECT 1;")));
			assertThat(LintFixtures.ruleIds(report)).containsExactly("revision-without-message");
			assertThat(report.active().get(0).location().file()).isEqualTo("memory/aaaa0001_test.sql");
		}

		@Test
		void acceptsRevisionWithMessage() {
			assertThat(rulesFiredBy("SELECT 1;")).isEmpty();
		}

		@Test
		void reportsExpandAndContractInOneRevision() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN full_name text;\n"
					+ "UPDATE users SET full_name = name;\nALTER TABLE users DROP COLUMN name;"))
				.contains("expand-and-contract-together");
		}

		@Test
		void acceptsExpandOnlyOrContractOnly() {
			assertThat(rulesFiredBy("ALTER TABLE users ADD COLUMN full_name text;"))
				.doesNotContain("expand-and-contract-together");
			assertThat(rulesFiredBy("ALTER TABLE users DROP COLUMN name;"))
				.doesNotContain("expand-and-contract-together");
		}

		@Test
		void reportsMissingLockTimeoutOnlyWhenTheEngineHasNone() {
			java.util.List<dev.migrate.internal.revision.RevisionScript> revisions = java.util.List.of(LintFixtures
				.revision("aaaa0001", "ALTER TABLE users ADD COLUMN a text;\nALTER TABLE users ADD COLUMN b text;"));
			LintReport withoutTimeout = Linter.builder()
				.engineLockTimeout(java.time.Duration.ZERO)
				.build()
				.lint(revisions);
			assertThat(LintFixtures.ruleIds(withoutTimeout)).containsOnlyOnce("missing-lock-timeout");
			LintReport withTimeout = Linter.builder()
				.engineLockTimeout(java.time.Duration.ofSeconds(10))
				.build()
				.lint(revisions);
			assertThat(LintFixtures.ruleIds(withTimeout)).doesNotContain("missing-lock-timeout");
		}

		@Test
		void acceptsRevisionThatSetsItsOwnLockTimeout() {
			Linter linter = Linter.builder().engineLockTimeout(java.time.Duration.ZERO).build();
			assertThat(LintFixtures.ruleIds(linter.lint(java.util.List.of(LintFixtures.revision("aaaa0001",
					"SET lock_timeout = '3s';\nALTER TABLE users ADD COLUMN a text;")))))
				.doesNotContain("missing-lock-timeout");
			assertThat(LintFixtures.ruleIds(linter.lint(java.util.List.of(LintFixtures.revision("aaaa0001",
					"SET LOCAL lock_timeout TO 0;\nALTER TABLE users ADD COLUMN a text;")))))
				.contains("missing-lock-timeout");
			assertThat(LintFixtures.ruleIds(linter.lint(java.util.List
				.of(LintFixtures.revision("aaaa0001", "CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN a text;")))))
				.doesNotContain("missing-lock-timeout");
		}

	}

}
