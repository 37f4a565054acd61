package dev.migrate.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptStatementTest {

	private final PostgresDialect dialect = new PostgresDialect();

	@Test
	void appendsTerminator() {
		assertThat(dialect.scriptStatement("SELECT 1")).isEqualTo("SELECT 1;");
	}

	@Test
	void keepsAnExistingTerminatorAndStripsWhitespace() {
		assertThat(dialect.scriptStatement("  SELECT 1;\n\n")).isEqualTo("SELECT 1;");
	}

	@Test
	void trailingLineCommentGetsTheTerminatorOnTheNextLine() {
		assertThat(dialect.scriptStatement("SELECT 1 -- one")).isEqualTo("SELECT 1 -- one\n;");
	}

	@Test
	void doubleDashInsideAStringIsNotAComment() {
		assertThat(dialect.scriptStatement("SELECT '-- not a comment'")).isEqualTo("SELECT '-- not a comment';");
		assertThat(dialect.scriptStatement("SELECT $$ -- $$")).isEqualTo("SELECT $$ -- $$;");
	}

	@Test
	void commentOnAnEarlierLineDoesNotMatter() {
		assertThat(dialect.scriptStatement("-- header\nSELECT 1")).isEqualTo("-- header\nSELECT 1;");
	}

}
