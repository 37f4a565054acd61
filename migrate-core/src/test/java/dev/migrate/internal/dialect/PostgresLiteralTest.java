package dev.migrate.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostgresLiteralTest {

	private final PostgresDialect dialect = new PostgresDialect();

	private enum Status {

		ACTIVE

	}

	@Test
	void scalars() {
		assertThat(dialect.literal(null)).isEqualTo("NULL");
		assertThat(dialect.literal(true)).isEqualTo("TRUE");
		assertThat(dialect.literal(-5)).isEqualTo("-5");
		assertThat(dialect.literal(12L)).isEqualTo("12");
		assertThat(dialect.literal((short) 3)).isEqualTo("3");
		assertThat(dialect.literal(new BigInteger("123456789012345678901234567890")))
			.isEqualTo("123456789012345678901234567890");
		assertThat(dialect.literal(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(dialect.literal(1.5d)).isEqualTo("1.5");
		assertThat(dialect.literal('x')).isEqualTo("'x'");
		assertThat(dialect.literal(Status.ACTIVE)).isEqualTo("'ACTIVE'");
	}

	@Test
	void nonFiniteDoubles() {
		assertThat(dialect.literal(Double.NaN)).isEqualTo("'NaN'::double precision");
		assertThat(dialect.literal(Double.NEGATIVE_INFINITY)).isEqualTo("'-Infinity'::double precision");
	}

	@Test
	void stringsAreInert() {
		assertThat(dialect.literal("it's")).isEqualTo("'it''s'");
		assertThat(dialect.literal("a\\b")).isEqualTo("E'a\\\\b'");
		assertThat(dialect.literal("$$; DROP TABLE x; --")).isEqualTo("'$$; DROP TABLE x; --'");
	}

	@Test
	void nulCharacterIsRefused() {
		assertThatThrownBy(() -> dialect.literal("a\0b")).isInstanceOf(UnsupportedByDialectException.class)
			.hasMessageContaining("NUL");
	}

	@Test
	void temporalValues() {
		assertThat(dialect.literal(LocalDate.of(2024, 2, 29))).isEqualTo("DATE '2024-02-29'");
		assertThat(dialect.literal(LocalTime.of(9, 5))).isEqualTo("TIME '09:05:00'");
		assertThat(dialect.literal(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600_000_000)))
			.isEqualTo("TIMESTAMP '2024-01-02 03:04:05.6'");
		assertThat(dialect.literal(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2))))
			.isEqualTo("TIMESTAMP WITH TIME ZONE '2024-01-02 03:04:05+02:00'");
		assertThat(dialect.literal(Instant.parse("2024-01-02T03:04:05Z")))
			.isEqualTo("TIMESTAMP WITH TIME ZONE '2024-01-02 03:04:05+00:00'");
		assertThat(dialect.literal(java.sql.Date.valueOf("2020-01-01"))).isEqualTo("DATE '2020-01-01'");
	}

	@Test
	void uuidBytesAndArrays() {
		UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
		assertThat(dialect.literal(id)).isEqualTo("'123e4567-e89b-12d3-a456-426614174000'::uuid");
		assertThat(dialect.literal(new byte[] { 0x01, (byte) 0xAB })).isEqualTo("decode('01ab', 'hex')");
		assertThat(dialect.literal(List.of("a", "b'"))).isEqualTo("ARRAY['a', 'b''']");
		assertThat(dialect.literal(new Integer[] { 1, 2 })).isEqualTo("ARRAY[1, 2]");
		assertThat(dialect.literal(List.of())).isEqualTo("'{}'");
	}

	@Test
	void unknownTypesAreRefusedWithAHint() {
		assertThatThrownBy(() -> dialect.literal(new Object())).isInstanceOf(UnsupportedByDialectException.class)
			.hasMessageContaining("java.lang.Object")
			.hasMessageContaining("pass a String");
	}

}
