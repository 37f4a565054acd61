package dev.migrate.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.internal.source.SqlScriptException.Problem;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SqlStatementSplitterTest {

	private static List<SqlStatement> split(String sql) {
		return SqlStatementSplitter.split(sql, "V.sql", 1);
	}

	private static ListAssert<Tuple> assertStatements(String sql) {
		return assertThat(split(sql).stream().map(s -> tuple(s.sql(), s.location().line())).toList());
	}

	@Nested
	class Basics {

		@Test
		void splitsOnTopLevelSemicolonsAndKeepsALastStatementWithoutOne() {
			assertStatements("""
					CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
					CREATE INDEX users_name ON users (name);

					INSERT INTO users VALUES (1, 'a')""").containsExactly(
					tuple("CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL)", 1),
					tuple("CREATE INDEX users_name ON users (name)", 2), tuple("INSERT INTO users VALUES (1, 'a')", 4));
		}

		@Test
		void locatesEachStatementAtItsFirstTokenAfterLeadingComments() {
			assertStatements("""
					-- users table
					/* a block
					   comment */

					CREATE TABLE t (
					    id int -- the key; not the end
					);
					-- trailing comment
					ALTER TABLE t ADD COLUMN x int /* why: reporting */ ;
					""").containsExactly(tuple("CREATE TABLE t (\n    id int -- the key; not the end\n)", 5),
					tuple("ALTER TABLE t ADD COLUMN x int", 9));
		}

		@Test
		void dropsEmptyStatementsAndStatementsThatAreOnlyComments() {
			assertStatements("""
					;;
					-- nothing here;
					/* nor here; */ ;
					  ;
					SELECT 1;;
					-- the end, without SQL
					""").containsExactly(tuple("SELECT 1", 5));
			assertThat(split("")).isEmpty();
			assertThat(split("-- only a comment")).isEmpty();
			assertThat(split("/* only /* nested */ a comment */")).isEmpty();
		}

		@Test
		void doesNotIncludeTrailingCommentsOfTheLastStatement() {
			assertStatements("SELECT 1 -- no semicolon, and a comment after it\n/* and another */\n")
				.containsExactly(tuple("SELECT 1", 1));
		}

		@Test
		void countsLinesFromTheGivenFirstLineAndNamesTheFile() {
			List<SqlStatement> statements = SqlStatementSplitter.split("\n\nSELECT 1;\nSELECT\n2;", "db/a_b.sql", 10);
			assertThat(statements).extracting(s -> s.location().toString())
				.containsExactly("db/a_b.sql:12", "db/a_b.sql:13");
			assertThat(statements.get(1).sql()).isEqualTo("SELECT\n2");
		}

		@Test
		void countsCrLfAndLoneCrAsOneLineBreakEach() {
			assertStatements("SELECT 1;\r\n\r\nSELECT 2;\rSELECT\r\n'a\r\nb';\n\rSELECT 4").containsExactly(
					tuple("SELECT 1", 1), tuple("SELECT 2", 3), tuple("SELECT\r\n'a\r\nb'", 4), tuple("SELECT 4", 8));
		}

		@Test
		void keepsOperatorsNextToCommentsApart() {
			// '*/*' is the operator * followed by a comment; '--' always starts a
			// comment, even after '-'.
			assertStatements("SELECT 2 */* times; */ 3;\nSELECT 5 -- minus; -1\n- 1;")
				.containsExactly(tuple("SELECT 2 */* times; */ 3", 1), tuple("SELECT 5 -- minus; -1\n- 1", 2));
		}

	}

	@Nested
	class StringsAndIdentifiers {

		@Test
		void standardStringsWithDoubledQuotesAndLiteralBackslashes() {
			// standard_conforming_strings is on: a backslash is an ordinary character, so
			// 'C:\' is closed.
			assertStatements("""
					INSERT INTO t VALUES ('it''s; fine', '''', '');
					SELECT 'C:\\';
					SELECT 'multi
					line; string';
					""").containsExactly(tuple("INSERT INTO t VALUES ('it''s; fine', '''', '')", 1),
					tuple("SELECT 'C:\\'", 2), tuple("SELECT 'multi\nline; string'", 3));
		}

		@Test
		void escapeStringsHonourBackslashes() {
			assertStatements("""
					SELECT E'\\''; SELECT e'\\\\'; SELECT E'a\\'; b''; c';
					SELECT (E'\\x41;'), 'x' || E'\\n;';
					""").containsExactly(tuple("SELECT E'\\''", 1), tuple("SELECT e'\\\\'", 1),
					tuple("SELECT E'a\\'; b''; c'", 1), tuple("SELECT (E'\\x41;'), 'x' || E'\\n;'", 2));
		}

		@Test
		void anIdentifierEndingInEBeforeAQuoteIsNotAnEscapeString() {
			// As in the server's lexer the longest match wins: "typE" is an identifier,
			// then a plain string.
			assertStatements("SELECT typE'\\'; SELECT 2").containsExactly(tuple("SELECT typE'\\'", 1),
					tuple("SELECT 2", 1));
		}

		@Test
		void prefixedStringsAndUnicodeForms() {
			assertStatements("""
					SELECT B'1010', X'1F;', N'nat;ional', U&'d\\0061t\\+000061;' UESCAPE '\\';
					CREATE TABLE U&"d;\\0061ta" (U&"c""ol;" int);
					""").containsExactly(
					tuple("SELECT B'1010', X'1F;', N'nat;ional', U&'d\\0061t\\+000061;' UESCAPE '\\'", 1),
					tuple("CREATE TABLE U&\"d;\\0061ta\" (U&\"c\"\"ol;\" int)", 2));
		}

		@Test
		void quotedIdentifiersWithDoubledQuotesSemicolonsAndCommentMarkers() {
			assertStatements("""
					CREATE TABLE "we""ird;name" ("col;1" int, "--not a comment" text, "/*nor this" text);
					SELECT "$$", "'" FROM "we""ird;name";
					""")
				.containsExactly(
						tuple("CREATE TABLE \"we\"\"ird;name\" (\"col;1\" int, \"--not a comment\" text,"
								+ " \"/*nor this\" text)", 1),
						tuple("SELECT \"$$\", \"'\" FROM \"we\"\"ird;name\"", 2));
		}

		@Test
		void commentMarkersAndBackslashesInsideStringsAreText() {
			assertStatements("SELECT '-- x;', '/* y;', '\\connect'; SELECT 2")
				.containsExactly(tuple("SELECT '-- x;', '/* y;', '\\connect'", 1), tuple("SELECT 2", 1));
		}

		@Test
		void nonAsciiTextAndIdentifiers() {
			assertStatements("INSERT INTO café (naïve) VALUES ('héllo; wörld ✓');\nSELECT déjà$$ FROM café")
				.containsExactly(tuple("INSERT INTO café (naïve) VALUES ('héllo; wörld ✓')", 1),
						tuple("SELECT déjà$$ FROM café", 2));
		}

	}

	@Nested
	class DollarQuoting {

		@Test
		void plainAndTaggedDollarQuotesHideSemicolons() {
			assertStatements("""
					SELECT $$a; b$$, $tag$c; $$ not the end; d$tag$, $_x1$;$_x1$;
					SELECT 2;
					""").containsExactly(tuple("SELECT $$a; b$$, $tag$c; $$ not the end; d$tag$, $_x1$;$_x1$", 1),
					tuple("SELECT 2", 2));
		}

		@Test
		void tagsAreCaseSensitiveAndOnlyTheExactDelimiterCloses() {
			assertStatements("SELECT $Fn$ $fn$; $FN$; $Fnx$; $F n$; $Fn$;\nSELECT 2")
				.containsExactly(tuple("SELECT $Fn$ $fn$; $FN$; $Fnx$; $F n$; $Fn$", 1), tuple("SELECT 2", 2));
		}

		@Test
		void aDelimiterHiddenInsideALongerTagStillCloses() {
			// The server re-examines every '$': in "$b$a$" the "$a$" closes a quote
			// opened with $a$.
			assertStatements("SELECT $a$ x $b$a$; SELECT 2").containsExactly(tuple("SELECT $a$ x $b$a$", 1),
					tuple("SELECT 2", 1));
		}

		@Test
		void positionalParametersAreNotDollarQuotes() {
			assertStatements("""
					PREPARE ins (int, text) AS INSERT INTO t VALUES ($1, $2);
					SELECT $1$$; $$;
					SELECT 3;
					""").containsExactly(tuple("PREPARE ins (int, text) AS INSERT INTO t VALUES ($1, $2)", 1),
					tuple("SELECT $1$$; $$", 2), tuple("SELECT 3", 3));
		}

		@Test
		void dollarSignsInsideIdentifiersAreNotDollarQuotes() {
			assertStatements("CREATE TABLE price$ (amount$$ int, a$b$ int);\nSELECT amount$$ FROM price$;\nSELECT 3")
				.containsExactly(tuple("CREATE TABLE price$ (amount$$ int, a$b$ int)", 1),
						tuple("SELECT amount$$ FROM price$", 2), tuple("SELECT 3", 3));
		}

		@Test
		void tagsCannotStartWithADigit() {
			// "$1abc$" is the parameter $1 followed by the identifier abc$, so the
			// semicolon ends the statement.
			assertStatements("SELECT $1abc$; SELECT 2").containsExactly(tuple("SELECT $1abc$", 1),
					tuple("SELECT 2", 1));
		}

		@Test
		void quotesAndCommentsInsideDollarQuotesAreText() {
			assertStatements("""
					SELECT $q$ it's "unbalanced -- not /* a comment; $q$;
					SELECT 2;
					""").containsExactly(tuple("SELECT $q$ it's \"unbalanced -- not /* a comment; $q$", 1),
					tuple("SELECT 2", 2));
		}

	}

	@Nested
	class Comments {

		@Test
		void blockCommentsNest() {
			assertStatements("""
					/* outer /* inner; */ still a comment; */ SELECT 1;
					SELECT /*/ odd; */ 2 /**/;
					/* -- a line comment marker does not end it; */ SELECT 3;
					-- /* a block marker in a line comment opens nothing
					SELECT 4;
					""").containsExactly(tuple("SELECT 1", 1), tuple("SELECT /*/ odd; */ 2", 2), tuple("SELECT 3", 3),
					tuple("SELECT 4", 5));
		}

		@Test
		void deeplyNestedBlockCommentsAcrossLines() {
			assertStatements("/* 1\n/* 2\n/* 3; */\n*/ ; */\nSELECT 1;").containsExactly(tuple("SELECT 1", 5));
		}

	}

	@Nested
	class RoutinesAndBlocks {

		@Test
		void doBlocksInEveryForm() {
			assertStatements("""
					DO $$
					BEGIN
					    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app') THEN
					        CREATE ROLE app;
					    END IF;
					END
					$$;
					DO LANGUAGE plpgsql $do$ BEGIN PERFORM 1; END $do$;
					DO 'BEGIN RAISE NOTICE ''hi; there''; END';
					DO E'BEGIN RAISE NOTICE \\'escaped;\\'; END';
					""").containsExactly(tuple("""
					DO $$
					BEGIN
					    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app') THEN
					        CREATE ROLE app;
					    END IF;
					END
					$$""", 1), tuple("DO LANGUAGE plpgsql $do$ BEGIN PERFORM 1; END $do$", 8),
					tuple("DO 'BEGIN RAISE NOTICE ''hi; there''; END'", 9),
					tuple("DO E'BEGIN RAISE NOTICE \\'escaped;\\'; END'", 10));
		}

		@Test
		void plpgsqlFunctionWithNestedDollarQuotesAndATrigger() {
			String function = """
					CREATE OR REPLACE FUNCTION audit() RETURNS trigger
					LANGUAGE plpgsql SECURITY DEFINER AS $function$
					DECLARE
					    q text := $q$INSERT INTO audit_log VALUES ($1, $2); -- logged$q$;
					BEGIN
					    /* nested /* comment; */ */
					    EXECUTE q USING TG_OP, row_to_json(NEW);
					    RETURN NEW;
					END;
					$function$""";
			assertStatements(function + ";\n" + "CREATE TRIGGER users_audit AFTER INSERT OR UPDATE ON users\n"
					+ "    FOR EACH ROW WHEN (NEW.name <> '') EXECUTE FUNCTION audit();")
				.containsExactly(tuple(function, 1),
						tuple("CREATE TRIGGER users_audit AFTER INSERT OR UPDATE ON users\n"
								+ "    FOR EACH ROW WHEN (NEW.name <> '') EXECUTE FUNCTION audit()", 11));
		}

		@Test
		void functionBodiesAsStringsAndSqlExpressions() {
			assertStatements("""
					CREATE FUNCTION one() RETURNS int AS 'SELECT 1; ' LANGUAGE sql;
					CREATE FUNCTION c_fn(int) RETURNS int AS 'MODULE_PATHNAME', 'c_fn' LANGUAGE c STRICT;
					CREATE FUNCTION sign_of(x int) RETURNS int LANGUAGE sql
					    RETURN CASE WHEN x > 0 THEN 1 WHEN x < 0 THEN -1 ELSE 0 END;
					SELECT 4;
					""").containsExactly(tuple("CREATE FUNCTION one() RETURNS int AS 'SELECT 1; ' LANGUAGE sql", 1),
					tuple("CREATE FUNCTION c_fn(int) RETURNS int AS 'MODULE_PATHNAME', 'c_fn' LANGUAGE c STRICT", 2),
					tuple("CREATE FUNCTION sign_of(x int) RETURNS int LANGUAGE sql\n"
							+ "    RETURN CASE WHEN x > 0 THEN 1 WHEN x < 0 THEN -1 ELSE 0 END", 3),
					tuple("SELECT 4", 5));
		}

		@Test
		void sqlStandardBodiesWithBeginAtomic() {
			String function = """
					CREATE OR REPLACE FUNCTION classify(n int) RETURNS text
					LANGUAGE sql IMMUTABLE
					BEGIN ATOMIC
					    SELECT CASE WHEN n > 0 THEN 'positive; +' ELSE 'other' END;
					    SELECT CASE n WHEN 0 THEN 'zero' END;
					END""";
			String procedure = """
					create procedure insert_pair(a int, begin int)
					language sql
					begin /* the body */ atomic
					  insert into t values (a);
					  insert into t select begin;
					end""";
			assertStatements(function + ";\n" + procedure + ";\nCALL insert_pair(1, 2);")
				.containsExactly(tuple(function, 1), tuple(procedure, 7), tuple("CALL insert_pair(1, 2)", 13));
		}

		@Test
		void transactionBeginOutsideARoutineIsAnOrdinaryStatement() {
			assertStatements("""
					BEGIN;
					CREATE TABLE "begin" (begin int, "end" int, case_no int);
					CREATE FUNCTION f(begin int) RETURNS int LANGUAGE sql RETURN begin;
					END;
					COMMIT;
					""").containsExactly(tuple("BEGIN", 1),
					tuple("CREATE TABLE \"begin\" (begin int, \"end\" int, case_no int)", 2),
					tuple("CREATE FUNCTION f(begin int) RETURNS int LANGUAGE sql RETURN begin", 3), tuple("END", 4),
					tuple("COMMIT", 5));
		}

		@Test
		void rulesWithSeveralActionsInParentheses() {
			assertStatements("""
					CREATE RULE log_update AS ON UPDATE TO users DO ALSO (
					    INSERT INTO log VALUES (old.id, 'update;');
					    UPDATE stats SET updates = updates + 1;
					);
					CREATE RULE no_delete AS ON DELETE TO users DO INSTEAD NOTHING;
					""").containsExactly(tuple("""
					CREATE RULE log_update AS ON UPDATE TO users DO ALSO (
					    INSERT INTO log VALUES (old.id, 'update;');
					    UPDATE stats SET updates = updates + 1;
					)""", 1), tuple("CREATE RULE no_delete AS ON DELETE TO users DO INSTEAD NOTHING", 5));
		}

		@Test
		void anUnbalancedClosingParenthesisDoesNotSwallowLaterSemicolons() {
			assertStatements("SELECT 1); SELECT 2").containsExactly(tuple("SELECT 1)", 1), tuple("SELECT 2", 1));
		}

		@Test
		void serverSideCopyIsAllowed() {
			assertStatements("COPY users FROM '/var/lib/stdin.csv' WITH (FORMAT csv);\nCOPY (SELECT 1) TO '/tmp/out'")
				.containsExactly(tuple("COPY users FROM '/var/lib/stdin.csv' WITH (FORMAT csv)", 1),
						tuple("COPY (SELECT 1) TO '/tmp/out'", 2));
		}

	}

	@Nested
	class Errors {

		@Test
		void unterminatedStringNamesTheLineWhereItOpened() {
			assertThatThrownBy(() -> split("SELECT 1;\nSELECT 'it''s broken;\nSELECT 2;"))
				.isInstanceOfSatisfying(SqlScriptException.class, e -> {
					assertThat(e.problem()).isEqualTo(Problem.UNTERMINATED_STRING);
					assertThat(e.location().line()).isEqualTo(2);
				})
				.hasMessageStartingWith("V.sql:2: string literal is never closed");
		}

		@Test
		void unterminatedEscapeStringBecauseTheLastQuoteIsEscaped() {
			assertThatThrownBy(() -> split("\n\nSELECT E'ends with \\';"))
				.isInstanceOfSatisfying(SqlScriptException.class, e -> {
					assertThat(e.problem()).isEqualTo(Problem.UNTERMINATED_STRING);
					assertThat(e.location().line()).isEqualTo(3);
				});
		}

		@Test
		void unterminatedQuotedIdentifier() {
			assertThatThrownBy(() -> split("SELECT 1;\n\nSELECT \"a\"\"b;\n"))
				.isInstanceOfSatisfying(SqlScriptException.class, e -> {
					assertThat(e.problem()).isEqualTo(Problem.UNTERMINATED_QUOTED_IDENTIFIER);
					assertThat(e.location().line()).isEqualTo(3);
				})
				.hasMessageStartingWith("V.sql:3: quoted identifier is never closed");
		}

		@Test
		void unterminatedDollarQuoteNamesTheTag() {
			assertThatThrownBy(() -> SqlStatementSplitter.split(
					"SELECT 1;\nCREATE FUNCTION f() RETURNS int AS $body$\nBEGIN RETURN 1; END\n$BODY$ LANGUAGE plpgsql;",
					"db/x_y.sql", 20))
				.isInstanceOfSatisfying(SqlScriptException.class, e -> {
					assertThat(e.problem()).isEqualTo(Problem.UNTERMINATED_DOLLAR_QUOTE);
					assertThat(e.location().file()).isEqualTo("db/x_y.sql");
					assertThat(e.location().line()).isEqualTo(21);
				})
				.hasMessageStartingWith("db/x_y.sql:21: dollar-quoted string $body$ is never closed")
				.hasMessageContaining("case-sensitive");
		}

		@Test
		void unterminatedNestedBlockComment() {
			assertThatThrownBy(() -> split("SELECT 1;\n/* outer\n/* inner */\nSELECT 2;"))
				.isInstanceOfSatisfying(SqlScriptException.class, e -> {
					assertThat(e.problem()).isEqualTo(Problem.UNTERMINATED_BLOCK_COMMENT);
					assertThat(e.location().line()).isEqualTo(2);
				});
		}

		@Test
		void psqlMetaCommandsAreRejectedByName() {
			assertThatThrownBy(() -> split("SELECT 1;\n\\connect other_db\nSELECT 2;"))
				.isInstanceOfSatisfying(SqlScriptException.class, e -> {
					assertThat(e.problem()).isEqualTo(Problem.PSQL_META_COMMAND);
					assertThat(e.location().line()).isEqualTo(2);
				})
				.hasMessageStartingWith("V.sql:2: psql meta-command \\connect is not SQL");
			assertThatThrownBy(() -> split("  \\i other.sql"))
				.isInstanceOfSatisfying(SqlScriptException.class,
						e -> assertThat(e.problem()).isEqualTo(Problem.PSQL_META_COMMAND))
				.hasMessageContaining("\\i");
			assertThatThrownBy(() -> split("SELECT now() \\gset")).isInstanceOfSatisfying(SqlScriptException.class,
					e -> assertThat(e.problem()).isEqualTo(Problem.PSQL_META_COMMAND));
		}

		@Test
		void copyFromStdinIsRejectedBeforeItsData() {
			assertThatThrownBy(
					() -> split("SELECT 1;\n\ncopy users (id, name) from stdin with (format csv);\n1,a\n\\.\n"))
				.isInstanceOfSatisfying(SqlScriptException.class, e -> {
					assertThat(e.problem()).isEqualTo(Problem.CLIENT_SIDE_COPY);
					assertThat(e.location().line()).isEqualTo(3);
				})
				.hasMessageContaining("COPY ... FROM STDIN");
			assertThatThrownBy(() -> split("COPY (SELECT * FROM users) TO STDOUT")).isInstanceOfSatisfying(
					SqlScriptException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CLIENT_SIDE_COPY));
		}

		@Test
		void rejectsAFirstLineBelowOne() {
			assertThatThrownBy(() -> SqlStatementSplitter.split("SELECT 1", "f", 0))
				.isInstanceOf(IllegalArgumentException.class);
		}

	}

}
