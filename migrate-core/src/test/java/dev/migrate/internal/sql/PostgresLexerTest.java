package dev.migrate.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.sql.PostgresLexer.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresLexerTest {

	/** "KIND:text" for every token but white space. */
	private static List<String> tokens(String sql) {
		List<String> tokens = new ArrayList<>();
		PostgresLexer lexer = new PostgresLexer(sql);
		while (lexer.next()) {
			if (lexer.kind() != Kind.WHITESPACE) {
				tokens.add(lexer.kind() + ":" + lexer.token() + (lexer.unterminated() ? " (open)" : ""));
			}
		}
		return tokens;
	}

	@Test
	void prefixedStringsAreOneTokenButALongerIdentifierWins() {
		assertThat(tokens("E'a\\'b' b'10' X'1F' n'x' U&'d' U&\"q\" typE'\\'")).containsExactly("STRING:E'a\\'b'",
				"STRING:b'10'", "STRING:X'1F'", "STRING:n'x'", "STRING:U&'d'", "QUOTED_IDENTIFIER:U&\"q\"", "WORD:typE",
				"STRING:'\\'");
	}

	@Test
	void dollarsAreQuotesParametersOrPartOfIdentifiers() {
		assertThat(tokens("$1 $$x$$ $t$y$t$ a$$ $1abc$ $ ?")).containsExactly("PARAMETER:$1", "DOLLAR_STRING:$$x$$",
				"DOLLAR_STRING:$t$y$t$", "WORD:a$$", "PARAMETER:$1", "WORD:abc$", "SYMBOL:$", "PARAMETER:?");
	}

	@Test
	void operatorsStopWhereACommentStarts() {
		assertThat(tokens("a */* c */ b ->>-- d\n::text >= 1e-5 .5")).containsExactly("WORD:a", "SYMBOL:*",
				"BLOCK_COMMENT:/* c */", "WORD:b", "SYMBOL:->>", "LINE_COMMENT:-- d", "SYMBOL:::", "WORD:text",
				"SYMBOL:>=", "NUMBER:1e-5", "NUMBER:.5");
	}

	@Test
	void identifiersFollowTheServerNotJava() {
		// Non-ASCII characters are identifier characters; a Unicode digit does not start
		// a
		// number.
		assertThat(tokens("café ٣x _a1")).containsExactly("WORD:café", "WORD:٣x", "WORD:_a1");
	}

	@Test
	void linesCountLfCrLfAndLoneCrOnce() {
		PostgresLexer lexer = new PostgresLexer("a\r\nb\rc\n'x\r\ny'\nd");
		List<Integer> lines = new ArrayList<>();
		while (lexer.next()) {
			if (lexer.kind() != Kind.WHITESPACE) {
				lines.add(lexer.line());
			}
		}
		assertThat(lines).containsExactly(0, 1, 2, 3, 5);
	}

	@Test
	void unterminatedTokensRunToTheEndAndSaySo() {
		assertThat(tokens("SELECT 'abc")).containsExactly("WORD:SELECT", "STRING:'abc (open)");
		assertThat(tokens("E'\\'")).containsExactly("STRING:E'\\' (open)");
		assertThat(tokens("\"id")).containsExactly("QUOTED_IDENTIFIER:\"id (open)");
		assertThat(tokens("$f$ body")).containsExactly("DOLLAR_STRING:$f$ body (open)");
		assertThat(tokens("/* a /* b */")).containsExactly("BLOCK_COMMENT:/* a /* b */ (open)");
	}

	@Test
	void endsInLineCommentOnlyWhenTheCommentIsReallyLast() {
		assertThat(PostgresLexer.endsInLineComment("SELECT 1 -- note")).isTrue();
		assertThat(PostgresLexer.endsInLineComment("SELECT '--' ")).isFalse();
		assertThat(PostgresLexer.endsInLineComment("SELECT 1 -- note\n")).isFalse();
		assertThat(PostgresLexer.endsInLineComment("SELECT $$ -- $$")).isFalse();
	}

	@Test
	void placeholdersAreInlinedOnlyWhereTheDriverSeesThem() {
		assertThat(PlaceholderInliner.inline("SELECT ?, '?', \"?\", $$?$$, a ?? b /* ? */ -- ?\n, ?", List.of(1, "x"),
				value -> value instanceof String s ? "'" + s + "'" : String.valueOf(value)))
			.isEqualTo("SELECT 1, '?', \"?\", $$?$$, a ? b /* ? */ -- ?\n, 'x'");
	}

}
