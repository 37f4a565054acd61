package dev.migrate.internal.dialect;

import static dev.migrate.internal.dialect.Rendered.postgresOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.DropOption;
import dev.migrate.ops.ObjectName;
import org.junit.jupiter.api.Test;

/** Sequences, schemas, enum types and views. */
class PostgresObjectSqlTest {

	@Test
	void createSequencePlainAndWithEveryOption() {
		assertThat(postgresOne(op -> op.createSequence("invoice_numbers")))
			.isEqualTo("CREATE SEQUENCE invoice_numbers");
		assertThat(postgresOne(op -> op.inSchema("billing")
			.createSequence("invoice_numbers",
					s -> s.as(ColumnType.BIGINT)
						.startWith(1000)
						.incrementBy(5)
						.minValue(1000)
						.maxValue(999_999)
						.cache(20)
						.cycle()
						.ifNotExists())))
			.isEqualTo("CREATE SEQUENCE IF NOT EXISTS billing.invoice_numbers AS bigint INCREMENT BY 5 MINVALUE 1000"
					+ " MAXVALUE 999999 START WITH 1000 CACHE 20 CYCLE");
	}

	@Test
	void dropSequence() {
		assertThat(postgresOne(op -> op.dropSequence("s", DropOption.IF_EXISTS, DropOption.CASCADE)))
			.isEqualTo("DROP SEQUENCE IF EXISTS s CASCADE");
	}

	@Test
	void sequenceIncrementZeroIsRefused() {
		assertThatThrownBy(() -> postgresOne(op -> op.createSequence("s", s -> s.incrementBy(0))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("increment");
	}

	@Test
	void schemas() {
		assertThat(postgresOne(op -> op.createSchema("billing"))).isEqualTo("CREATE SCHEMA billing");
		assertThat(postgresOne(op -> op.createSchemaIfNotExists("billing")))
			.isEqualTo("CREATE SCHEMA IF NOT EXISTS billing");
		assertThat(postgresOne(op -> op.dropSchema("billing", DropOption.CASCADE)))
			.isEqualTo("DROP SCHEMA billing CASCADE");
		assertThat(postgresOne(op -> op.dropSchema("Billing", DropOption.IF_EXISTS)))
			.isEqualTo("DROP SCHEMA IF EXISTS \"Billing\"");
	}

	@Test
	void createAndDropEnum() {
		assertThat(postgresOne(op -> op.createEnum("mood", "sad", "ok", "it's great")))
			.isEqualTo("CREATE TYPE mood AS ENUM ('sad', 'ok', 'it''s great')");
		assertThat(postgresOne(op -> op.inSchema("app").dropEnum("mood", DropOption.IF_EXISTS)))
			.isEqualTo("DROP TYPE IF EXISTS app.mood");
		assertThat(postgresOne(op -> op.dropEnum("Mood", DropOption.CASCADE))).isEqualTo("DROP TYPE \"Mood\" CASCADE");
	}

	@Test
	void addEnumValueAtPositions() {
		assertThat(postgresOne(op -> op.addEnumValue("mood", "happy"))).isEqualTo("ALTER TYPE mood ADD VALUE 'happy'");
		assertThat(postgresOne(op -> op.addEnumValue("mood", "meh", v -> v.before("ok").ifNotExists())))
			.isEqualTo("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'ok'");
		assertThat(postgresOne(op -> op.addEnumValue("mood", "fine", v -> v.after("ok"))))
			.isEqualTo("ALTER TYPE mood ADD VALUE 'fine' AFTER 'ok'");
	}

	@Test
	void renameEnumValue() {
		assertThat(postgresOne(op -> op.renameEnumValue("mood", "ok", "okay")))
			.isEqualTo("ALTER TYPE mood RENAME VALUE 'ok' TO 'okay'");
	}

	@Test
	void addEnumValueIsNonTransactionalBeforePostgres12() {
		AddEnumValue add = new AddEnumValue(ObjectName.of("mood"), "x", null, null, false);
		assertThat(new PostgresDialect(11).isTransactional(add)).isFalse();
		assertThat(new PostgresDialect(12).isTransactional(add)).isTrue();
		assertThat(new PostgresDialect().isTransactional(add)).isTrue();
	}

	@Test
	void views() {
		assertThat(postgresOne(op -> op.createView("active_users", "SELECT * FROM users WHERE active")))
			.isEqualTo("CREATE VIEW active_users AS SELECT * FROM users WHERE active");
		assertThat(postgresOne(op -> op.replaceView("active_users", "SELECT id FROM users")))
			.isEqualTo("CREATE OR REPLACE VIEW active_users AS SELECT id FROM users");
		assertThat(postgresOne(
				op -> op.inSchema("app").dropView("active_users", DropOption.IF_EXISTS, DropOption.CASCADE)))
			.isEqualTo("DROP VIEW IF EXISTS app.active_users CASCADE");
	}

}
