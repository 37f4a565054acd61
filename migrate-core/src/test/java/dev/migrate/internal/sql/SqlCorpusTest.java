package dev.migrate.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.internal.lint.sql.SqlToken;
import dev.migrate.internal.lint.sql.SqlTokenizer;
import dev.migrate.internal.source.SqlStatement;
import dev.migrate.internal.source.SqlStatementSplitter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reader of SQL agrees on the shared corpus ({@link SqlCorpus}): where the splitter
 * cuts, where lint sees top-level semicolons, what placeholder inlining leaves alone and
 * where the dialect's terminator goes.
 */
class SqlCorpusTest {

	private static final PostgresDialect DIALECT = new PostgresDialect();

	private static List<String> split(String script) {
		return SqlStatementSplitter.split(script, "corpus.sql", 1).stream().map(SqlStatement::sql).toList();
	}

	@TestFactory
	Stream<DynamicTest> theSplitterCutsEachScriptIntoItsStatements() {
		return SqlCorpus.cases()
			.stream()
			.map(c -> DynamicTest.dynamicTest(c.name(),
					() -> assertThat(split(c.script())).as(c.name()).containsExactlyElementsOf(c.statements())));
	}

	@TestFactory
	Stream<DynamicTest> lintSeesTheSameTopLevelSemicolons() {
		return SqlCorpus.cases()
			.stream()
			.filter(SqlCorpus.Case::semicolonsDecide)
			.map(c -> DynamicTest.dynamicTest(c.name(),
					() -> assertThat(nonEmptySegments(c.script())).as(c.name()).isEqualTo(c.statements().size())));
	}

	@TestFactory
	Stream<DynamicTest> lintSeesEachStatementAsTheSplitterCutIt() {
		return SqlCorpus.cases()
			.stream()
			.filter(SqlCorpus.Case::semicolonsDecide)
			.flatMap(c -> c.statements().stream())
			.map(statement -> DynamicTest.dynamicTest(statement,
					() -> assertThat(nonEmptySegments(statement)).as(statement).isEqualTo(1)));
	}

	@TestFactory
	Stream<DynamicTest> placeholderInliningLeavesQuotedAndCommentedQuestionMarksAlone() {
		return SqlCorpus.cases()
			.stream()
			.flatMap(c -> c.statements().stream())
			.map(statement -> DynamicTest.dynamicTest(statement,
					() -> assertThat(PlaceholderInliner.inline(statement, List.of(), DIALECT::literal))
						.isEqualTo(statement)));
	}

	@TestFactory
	Stream<DynamicTest> theOfflineScriptTerminatorEndsEachStatementWhereTheSplitterDoes() {
		return SqlCorpus.cases()
			.stream()
			.flatMap(c -> c.statements().stream())
			.map(statement -> DynamicTest.dynamicTest(statement, () -> {
				String scripted = DIALECT.scriptStatement(statement);
				assertThat(split(scripted + "\nSELECT 'next'")).containsExactly(statement.strip(), "SELECT 'next'");
			}));
	}

	/**
	 * Statements as lint's tokens delimit them: runs of tokens between {@code ;} symbols
	 * outside parentheses.
	 */
	private static int nonEmptySegments(String sql) {
		int segments = 0;
		int depth = 0;
		boolean tokensSinceLast = false;
		for (SqlToken token : SqlTokenizer.tokenize(sql).tokens()) {
			if (token.isSymbol("(")) {
				depth++;
			}
			else if (token.isSymbol(")") && depth > 0) {
				depth--;
			}
			if (token.isSymbol(";") && depth == 0) {
				segments += tokensSinceLast ? 1 : 0;
				tokensSinceLast = false;
			}
			else {
				tokensSinceLast = true;
			}
		}
		return segments + (tokensSinceLast ? 1 : 0);
	}

}
