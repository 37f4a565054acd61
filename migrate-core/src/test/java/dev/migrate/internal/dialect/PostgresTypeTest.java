package dev.migrate.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.ops.ColumnType;
import dev.migrate.ops.ObjectName;
import org.junit.jupiter.api.Test;

class PostgresTypeTest {

	private final PostgresDialect dialect = new PostgresDialect();

	@Test
	void vocabulary() {
		assertThat(dialect.renderType(ColumnType.SMALLINT)).isEqualTo("smallint");
		assertThat(dialect.renderType(ColumnType.INTEGER)).isEqualTo("integer");
		assertThat(dialect.renderType(ColumnType.BIGINT)).isEqualTo("bigint");
		assertThat(dialect.renderType(ColumnType.NUMERIC)).isEqualTo("numeric");
		assertThat(dialect.renderType(ColumnType.numeric(12, 2))).isEqualTo("numeric(12,2)");
		assertThat(dialect.renderType(ColumnType.numeric(10))).isEqualTo("numeric(10,0)");
		assertThat(dialect.renderType(ColumnType.REAL)).isEqualTo("real");
		assertThat(dialect.renderType(ColumnType.DOUBLE)).isEqualTo("double precision");
		assertThat(dialect.renderType(ColumnType.varchar(20))).isEqualTo("varchar(20)");
		assertThat(dialect.renderType(ColumnType.VARCHAR)).isEqualTo("varchar");
		assertThat(dialect.renderType(ColumnType.TEXT)).isEqualTo("text");
		assertThat(dialect.renderType(ColumnType.BOOLEAN)).isEqualTo("boolean");
		assertThat(dialect.renderType(ColumnType.DATE)).isEqualTo("date");
		assertThat(dialect.renderType(ColumnType.TIME)).isEqualTo("time");
		assertThat(dialect.renderType(ColumnType.TIMESTAMP)).isEqualTo("timestamp");
		assertThat(dialect.renderType(ColumnType.TIMESTAMPTZ)).isEqualTo("timestamptz");
		assertThat(dialect.renderType(ColumnType.UUID)).isEqualTo("uuid");
		assertThat(dialect.renderType(ColumnType.JSON)).isEqualTo("json");
		assertThat(dialect.renderType(ColumnType.JSONB)).isEqualTo("jsonb");
		assertThat(dialect.renderType(ColumnType.BYTEA)).isEqualTo("bytea");
		assertThat(dialect.renderType(ColumnType.SERIAL)).isEqualTo("serial");
	}

	@Test
	void arrays() {
		assertThat(dialect.renderType(ColumnType.TEXT.array())).isEqualTo("text[]");
		assertThat(dialect.renderType(ColumnType.arrayOf(ColumnType.varchar(5)))).isEqualTo("varchar(5)[]");
		assertThat(dialect.renderType(ColumnType.INTEGER.array().array())).isEqualTo("integer[][]");
	}

	@Test
	void namedTypesAreQuotedLikeIdentifiers() {
		assertThat(dialect.renderType(ColumnType.named("mood"))).isEqualTo("mood");
		assertThat(dialect.renderType(ColumnType.named(ObjectName.of("app", "Mood")))).isEqualTo("app.\"Mood\"");
		assertThat(dialect.renderType(ColumnType.named("Mood").array())).isEqualTo("\"Mood\"[]");
	}

	@Test
	void rawTypesAreVerbatim() {
		assertThat(dialect.renderType(ColumnType.raw("interval day to second"))).isEqualTo("interval day to second");
	}

	@Test
	void invalidParametersAreRefused() {
		assertThatThrownBy(() -> ColumnType.varchar(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ColumnType.numeric(2, 3)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ColumnType.raw(" ")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void typesAreValues() {
		assertThat(ColumnType.varchar(20)).isEqualTo(ColumnType.varchar(20))
			.hasSameHashCodeAs(ColumnType.varchar(20))
			.isNotEqualTo(ColumnType.varchar(21));
		assertThat(ColumnType.TEXT.array()).isEqualTo(ColumnType.arrayOf(ColumnType.TEXT));
		assertThat(ColumnType.numeric(12, 2)).hasToString("numeric(12, 2)");
	}

}
