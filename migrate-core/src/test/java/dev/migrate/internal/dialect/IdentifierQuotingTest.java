package dev.migrate.internal.dialect;

import static dev.migrate.internal.dialect.Rendered.postgresOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.ops.ColumnType;
import dev.migrate.ops.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How PostgreSQL identifiers are rendered, without a database;
 * {@code IdentifierRoundTripTest} checks them on one.
 */
class IdentifierQuotingTest {

	private final PostgresDialect dialect = new PostgresDialect();

	@ParameterizedTest
	@ValueSource(
			strings = { "users", "_private", "a1", "price$", "text", "name", "comment", "version", "key", "status" })
	void plainLowerCaseAndUnreservedKeywordsStayBare(String name) {
		assertThat(dialect.quote(name)).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "user", "order", "select", "table", "group", "check", "default", "all", "limit", "offset",
			"authorization", "join", "left", "verbose", "concurrently", "integer", "time", "values", "between",
			"json" })
	void reservedAndRestrictedKeywordsAreQuoted(String word) {
		assertThat(dialect.quote(word)).isEqualTo("\"" + word + "\"");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "Users|\"Users\"", "userId|\"userId\"", "1abc|\"1abc\"", "my table|\"my table\"", "a-b|\"a-b\"",
					"café|\"café\"", "日本|\"日本\"", "$a|\"$a\"", "a.b|\"a.b\"", "`a\"b`|`\"a\"\"b\"`",
					"`x\"; DROP TABLE users; --`|`\"x\"\"; DROP TABLE users; --\"`", "`\"`|`\"\"\"\"`" })
	void everythingElseIsQuotedWithQuotesDoubled(String name, String expected) {
		assertThat(dialect.quote(name)).isEqualTo(expected);
	}

	@Test
	void exactly63BytesIsAccepted() {
		String name = "a".repeat(63);
		assertThat(dialect.quote(name)).isEqualTo(name);
		String multiByte = "é".repeat(31) + "a";
		assertThat(dialect.quote(multiByte)).isEqualTo("\"" + multiByte + "\"");
	}

	@Test
	void longerThan63BytesIsAnErrorNamingTheIdentifier() {
		String name = "a".repeat(64);
		assertThatThrownBy(() -> postgresOne(op -> op.createTable(name, t -> t.column("x", ColumnType.INTEGER))))
			.isInstanceOf(InvalidIdentifierException.class)
			.hasMessageContaining("\"" + name + "\"")
			.hasMessageContaining("64 bytes")
			.hasMessageContaining("63")
			.satisfies(ex -> assertThat(((InvalidIdentifierException) ex).identifier()).isEqualTo(name));
	}

	@Test
	void multiByteCharactersCountInBytes() {
		String name = "é".repeat(32);
		assertThatThrownBy(() -> dialect.quote(name)).isInstanceOf(InvalidIdentifierException.class)
			.hasMessageContaining("64 bytes");
	}

	@Test
	void columnNamesAreCheckedToo() {
		assertThatThrownBy(() -> postgresOne(op -> op.addColumn("t", "c".repeat(70), ColumnType.INTEGER)))
			.isInstanceOf(InvalidIdentifierException.class)
			.hasMessageContaining("70 bytes");
	}

	@Test
	void emptyAndNulAreRefused() {
		assertThatThrownBy(() -> dialect.quote("")).isInstanceOf(InvalidIdentifierException.class)
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> dialect.quote("a\0b")).isInstanceOf(InvalidIdentifierException.class)
			.hasMessageContaining("NUL");
	}

	@Test
	void schemaAndNameAreQuotedSeparately() {
		assertThat(dialect.qualify(ObjectName.of("My Schema", "order"))).isEqualTo("\"My Schema\".\"order\"");
		assertThat(dialect.qualify(ObjectName.of("a.b"))).isEqualTo("\"a.b\"");
	}

	@Test
	void hostileNamesAreInertInEveryPosition() {
		String hostile = "x\"; DROP TABLE users; --";
		assertThat(postgresOne(op -> op.renameColumn(hostile, hostile, "ok"))).isEqualTo(
				"ALTER TABLE \"x\"\"; DROP TABLE users; --\" RENAME COLUMN \"x\"\"; DROP TABLE users; --\" TO ok");
	}

}
