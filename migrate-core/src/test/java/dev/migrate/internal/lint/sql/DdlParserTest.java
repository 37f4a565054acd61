package dev.migrate.internal.lint.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DdlParserTest {

	private static DdlStatement parse(String sql) {
		return DdlParser.parse(SqlTokenizer.tokenize(sql).tokens());
	}

	@Test
	void readsCreateTableColumnsAndConstraints() {
		CreateTable table = (CreateTable) parse("CREATE TABLE IF NOT EXISTS app.\"Orders\" (id bigint GENERATED "
				+ "ALWAYS AS IDENTITY PRIMARY KEY, total numeric(12, 2) NOT NULL DEFAULT 0, at timestamp with time "
				+ "zone, CONSTRAINT positive CHECK (total >= 0), UNIQUE (at))");
		assertThat(table.table()).isEqualTo("Orders");
		assertThat(table.columns()).extracting(ColumnDefinition::name).containsExactly("id", "total", "at");
		assertThat(table.columns().get(0).identity()).isTrue();
		assertThat(table.columns().get(0).primaryKey()).isTrue();
		assertThat(SqlToken.join(table.columns().get(1).type())).isEqualTo("numeric(12, 2)");
		assertThat(SqlToken.join(table.columns().get(1).defaultValue())).isEqualTo("0");
		assertThat(SqlToken.join(table.columns().get(2).type())).isEqualTo("timestamp with time zone");
		assertThat(table.constraints()).extracting(TableConstraint::kind)
			.containsExactly(TableConstraint.Kind.CHECK, TableConstraint.Kind.UNIQUE);
	}

	@Test
	void splitsAlterTableActionsAtTopLevelCommas() {
		AlterTable alter = (AlterTable) parse("ALTER TABLE IF EXISTS ONLY users ADD COLUMN a numeric(3, 1), "
				+ "DROP COLUMN IF EXISTS b CASCADE, ALTER c TYPE bigint USING c::bigint, ALTER COLUMN d SET NOT NULL, "
				+ "RENAME COLUMN e TO f");
		assertThat(alter.table()).isEqualTo("users");
		assertThat(alter.actions()).extracting(AlterTableAction::kind)
			.containsExactly(AlterTableAction.Kind.ADD_COLUMN, AlterTableAction.Kind.DROP_COLUMN,
					AlterTableAction.Kind.ALTER_COLUMN_TYPE, AlterTableAction.Kind.SET_NOT_NULL,
					AlterTableAction.Kind.RENAME_COLUMN);
		assertThat(alter.actions()).extracting(AlterTableAction::column).containsExactly("a", "b", "c", "d", "e");
		assertThat(SqlToken.join(alter.actions().get(2).type())).isEqualTo("bigint");
		assertThat(alter.actions().get(4).newName()).isEqualTo("f");
	}

	@Test
	void readsConstraintFlags() {
		AlterTable notValid = (AlterTable) parse(
				"ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (u) REFERENCES u (id) " + "ON DELETE CASCADE NOT VALID");
		assertThat(notValid.actions().get(0).constraint())
			.isEqualTo(new TableConstraint(TableConstraint.Kind.FOREIGN_KEY, "fk", true, false));
		AlterTable usingIndex = (AlterTable) parse("ALTER TABLE o ADD CONSTRAINT k UNIQUE USING INDEX ix");
		assertThat(usingIndex.actions().get(0).constraint().usingIndex()).isTrue();
		AlterTable tablespace = (AlterTable) parse("ALTER TABLE o ADD UNIQUE (a) USING INDEX TABLESPACE fast");
		assertThat(tablespace.actions().get(0).constraint().usingIndex()).isFalse();
	}

	@Test
	void readsIndexesDropsAndMaintenance() {
		assertThat(parse("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix ON ONLY s.t USING btree (a)"))
			.isEqualTo(new CreateIndex("ix", "t", true, true));
		assertThat(parse("CREATE INDEX ON t (a)")).isEqualTo(new CreateIndex(null, "t", false, false));
		assertThat(parse("DROP INDEX CONCURRENTLY IF EXISTS a, s.b CASCADE"))
			.isEqualTo(new DropIndex(java.util.List.of("a", "b"), true));
		assertThat(parse("DROP TABLE IF EXISTS a, b RESTRICT")).isEqualTo(new DropTable(java.util.List.of("a", "b")));
		assertThat(parse("VACUUM (VERBOSE, FULL) t")).isEqualTo(new Vacuum(true));
		assertThat(parse("vacuum analyze t")).isEqualTo(new Vacuum(false));
		assertThat(parse("CLUSTER VERBOSE t USING ix")).isEqualTo(new Cluster("t"));
	}

	@Test
	void recognizesLockTimeoutSettings() {
		assertThat(parse("SET lock_timeout = '5s'")).isEqualTo(new SetLockTimeout(true));
		assertThat(parse("SET LOCAL lock_timeout TO 0")).isEqualTo(new SetLockTimeout(false));
		assertThat(parse("SET lock_timeout TO DEFAULT")).isEqualTo(new SetLockTimeout(false));
		assertThat(parse("SELECT set_config('lock_timeout', '2s', true)")).isEqualTo(new SetLockTimeout(true));
		assertThat(parse("SET statement_timeout = '5s'")).isEqualTo(new SetStatementTimeout(true));
		assertThat(parse("SELECT set_config('statement_timeout', '0', false)"))
			.isEqualTo(new SetStatementTimeout(false));
		assertThat(parse("SET search_path = app")).isEqualTo(new OtherStatement("SET"));
	}

	@Test
	void recognizesTheStatementsOfTheSquawkParityRules() {
		assertThat(parse("REINDEX (VERBOSE) INDEX CONCURRENTLY app.ix")).isEqualTo(new Reindex("index", "ix", true));
		assertThat(parse("REINDEX TABLE t")).isEqualTo(new Reindex("table", "t", false));
		assertThat(parse("TRUNCATE ONLY a, b RESTART IDENTITY CASCADE"))
			.isEqualTo(new Truncate(java.util.List.of("a", "b"), true));
		assertThat(parse("DROP DATABASE IF EXISTS legacy")).isEqualTo(new DropDatabase("legacy"));
		assertThat(parse("CREATE DOMAIN d AS int NOT NULL")).isEqualTo(new CreateDomain("d", true));
		assertThat(parse("ALTER DOMAIN d ADD CHECK (VALUE > 0) NOT VALID")).isEqualTo(new AlterDomain("d", true, true));
		assertThat(parse("ALTER DOMAIN d VALIDATE CONSTRAINT c")).isEqualTo(new AlterDomain("d", false, false));
		assertThat(parse("ALTER TYPE s ADD VALUE 'x' BEFORE 'y'")).isEqualTo(new AddEnumValue("s", true));
		assertThat(parse("START TRANSACTION ISOLATION LEVEL SERIALIZABLE"))
			.isEqualTo(new TransactionControl(TransactionControl.Kind.BEGIN));
		assertThat(parse("END")).isEqualTo(new TransactionControl(TransactionControl.Kind.COMMIT));
		assertThat(parse("ROLLBACK TO SAVEPOINT s")).isEqualTo(new OtherStatement("ROLLBACK"));
		assertThat(parse("UPDATE ONLY t AS x SET a = 1, (b, c) = (2, 3), d[1] = 4 FROM u WHERE x.a = u.a"))
			.isEqualTo(new Update("t", java.util.List.of("a", "b", "c")));
		AlterTable detach = (AlterTable) parse("ALTER TABLE p DETACH PARTITION app.c CONCURRENTLY");
		assertThat(detach.actions().get(0).kind()).isEqualTo(AlterTableAction.Kind.DETACH_PARTITION);
		assertThat(detach.actions().get(0).newName()).isEqualTo("c");
		AlterTable check = (AlterTable) parse(
				"ALTER TABLE t ADD CONSTRAINT nn CHECK ((\"Email\" IS NOT NULL)) NOT VALID");
		assertThat(check.actions().get(0).constraint())
			.isEqualTo(new TableConstraint(TableConstraint.Kind.CHECK, "nn", true, false, java.util.List.of("Email")));
	}

	@Test
	void leavesEverythingElseAlone() {
		assertThat(parse("DELETE FROM users WHERE a = 1")).isEqualTo(new OtherStatement("DELETE"));
		assertThat(parse("INSERT INTO users (a) VALUES (1)")).isEqualTo(new OtherStatement("INSERT"));
		assertThat(parse("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql"))
			.isEqualTo(new OtherStatement("CREATE"));
	}

}
