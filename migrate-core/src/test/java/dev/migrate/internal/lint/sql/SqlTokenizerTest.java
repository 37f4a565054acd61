package dev.migrate.internal.lint.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTokenizerTest {

	private static List<String> texts(String sql) {
		return SqlTokenizer.tokenize(sql).tokens().stream().map(SqlToken::text).toList();
	}

	@Test
	void keepsStringsQuotedIdentifiersAndDollarQuotesWhole() {
		assertThat(texts("SELECT 'it''s; DROP TABLE x', E'a\\'b', \"Odd \"\"Name\"\"\", $f$ DROP TABLE y; $f$"))
			.containsExactly("SELECT", "'it''s; DROP TABLE x'", ",", "E'a\\'b'", ",", "Odd \"Name\"", ",",
					"$f$ DROP TABLE y; $f$");
	}

	@Test
	void dropsCommentsButKeepsLineCommentsAside() {
		TokenizedSql tokenized = SqlTokenizer.tokenize("-- first\nALTER /* a /* nested */ comment */ TABLE t\n"
				+ "-- migrate:lint-ignore drop-column old\nDROP COLUMN c");
		assertThat(tokenized.tokens()).extracting(SqlToken::text)
			.containsExactly("ALTER", "TABLE", "t", "DROP", "COLUMN", "c");
		assertThat(tokenized.comments()).containsExactly(new SqlComment("first", 0),
				new SqlComment("migrate:lint-ignore drop-column old", 2));
		assertThat(tokenized.tokens().get(3).line()).isEqualTo(3);
	}

	@Test
	void readsOperatorsParametersAndCasts() {
		assertThat(texts("a >= $1 AND b <> ? AND c::text ->> 'k' = -1")).containsExactly("a", ">=", "$1", "AND", "b",
				"<>", "?", "AND", "c", "::", "text", "->>", "'k'", "=", "-", "1");
	}

	@Test
	void foldsUnquotedIdentifiersOnly() {
		List<SqlToken> tokens = SqlTokenizer.tokenize("Users \"Users\"").tokens();
		assertThat(tokens.get(0).identifier()).isEqualTo("users");
		assertThat(tokens.get(1).identifier()).isEqualTo("Users");
		assertThat(tokens.get(1).is("users")).isFalse();
	}

}
