package dev.migrate.internal.sql;

import java.util.List;

/**
 * Scripts and the statements PostgreSQL (and psql) sees in them: the statement splitter's
 * test corpus (SqlStatementSplitterTest), shared by every reader of SQL built on
 * {@link PostgresLexer}. {@link SqlCorpusTest} runs each case through the splitter,
 * lint's tokenizer, placeholder inlining and the dialect's script terminator, so the four
 * cannot drift apart again.
 */
final class SqlCorpus {

	/**
	 * @param name what the case is about
	 * @param script the text
	 * @param statements what the splitter must cut it into
	 * @param semicolonsDecide whether every top-level {@code ;} outside parentheses ends
	 * a statement (false for {@code BEGIN ATOMIC} bodies, where psql's rule keeps them)
	 */
	record Case(String name, String script, List<String> statements, boolean semicolonsDecide) {

		@Override
		public String toString() {
			return name;
		}

	}

	private SqlCorpus() {
	}

	static List<Case> cases() {
		return List.of(
				plain("statements, and a last one without a semicolon",
						"CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);\n"
								+ "CREATE INDEX users_name ON users (name);\n\nINSERT INTO users VALUES (1, 'a')",
						"CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL)",
						"CREATE INDEX users_name ON users (name)", "INSERT INTO users VALUES (1, 'a')"),
				plain("comments before, inside and after statements",
						"-- users table\n/* a block\n   comment */\n\nCREATE TABLE t (\n    id int -- the key; not the end\n);\n"
								+ "-- trailing comment\nALTER TABLE t ADD COLUMN x int /* why: reporting */ ;\n",
						"CREATE TABLE t (\n    id int -- the key; not the end\n)", "ALTER TABLE t ADD COLUMN x int"),
				plain("empty statements and comment-only statements",
						";;\n-- nothing here;\n/* nor here; */ ;\n  ;\nSELECT 1;;\n", "SELECT 1"),
				plain("a trailing line comment on the last statement",
						"SELECT 1 -- no semicolon, and a comment after it", "SELECT 1"),
				plain("CRLF and lone CR", "SELECT 1;\r\n\r\nSELECT 2;\rSELECT\r\n'a\r\nb';\n\rSELECT 4", "SELECT 1",
						"SELECT 2", "SELECT\r\n'a\r\nb'", "SELECT 4"),
				plain("operators next to comments", "SELECT 2 */* times; */ 3;\nSELECT 5 -- minus; -1\n- 1;",
						"SELECT 2 */* times; */ 3", "SELECT 5 -- minus; -1\n- 1"),
				plain("standard strings",
						"INSERT INTO t VALUES ('it''s; fine', '''', '');\nSELECT 'C:\\';\n"
								+ "SELECT 'multi\nline; string';\n",
						"INSERT INTO t VALUES ('it''s; fine', '''', '')", "SELECT 'C:\\'",
						"SELECT 'multi\nline; string'"),
				plain("escape strings",
						"SELECT E'\\''; SELECT e'\\\\'; SELECT E'a\\'; b''; c';\n"
								+ "SELECT (E'\\x41;'), 'x' || E'\\n;';\n",
						"SELECT E'\\''", "SELECT e'\\\\'", "SELECT E'a\\'; b''; c'",
						"SELECT (E'\\x41;'), 'x' || E'\\n;'"),
				plain("an identifier ending in E before a quote", "SELECT typE'\\'; SELECT 2", "SELECT typE'\\'",
						"SELECT 2"),
				plain("prefixed strings and Unicode forms",
						"SELECT B'1010', X'1F;', N'nat;ional', U&'d\\0061t\\+000061;' UESCAPE '\\';\n"
								+ "CREATE TABLE U&\"d;\\0061ta\" (U&\"c\"\"ol;\" int);\n",
						"SELECT B'1010', X'1F;', N'nat;ional', U&'d\\0061t\\+000061;' UESCAPE '\\'",
						"CREATE TABLE U&\"d;\\0061ta\" (U&\"c\"\"ol;\" int)"),
				plain("quoted identifiers",
						"CREATE TABLE \"we\"\"ird;name\" (\"col;1\" int, \"--not a comment\" text, \"/*nor this\" text);\n"
								+ "SELECT \"$$\", \"'\" FROM \"we\"\"ird;name\";\n",
						"CREATE TABLE \"we\"\"ird;name\" (\"col;1\" int, \"--not a comment\" text, \"/*nor this\" text)",
						"SELECT \"$$\", \"'\" FROM \"we\"\"ird;name\""),
				plain("comment markers and backslashes in strings", "SELECT '-- x;', '/* y;', '\\connect'; SELECT 2",
						"SELECT '-- x;', '/* y;', '\\connect'", "SELECT 2"),
				plain("non-ASCII text and identifiers",
						"INSERT INTO café (naïve) VALUES ('héllo; wörld ✓');\nSELECT déjà$$ FROM café",
						"INSERT INTO café (naïve) VALUES ('héllo; wörld ✓')", "SELECT déjà$$ FROM café"),
				plain("dollar quotes", "SELECT $$a; b$$, $tag$c; $$ not the end; d$tag$, $_x1$;$_x1$;\nSELECT 2;\n",
						"SELECT $$a; b$$, $tag$c; $$ not the end; d$tag$, $_x1$;$_x1$", "SELECT 2"),
				plain("case-sensitive tags", "SELECT $Fn$ $fn$; $FN$; $Fnx$; $F n$; $Fn$;\nSELECT 2",
						"SELECT $Fn$ $fn$; $FN$; $Fnx$; $F n$; $Fn$", "SELECT 2"),
				plain("a delimiter inside a longer tag", "SELECT $a$ x $b$a$; SELECT 2", "SELECT $a$ x $b$a$",
						"SELECT 2"),
				plain("positional parameters",
						"PREPARE ins (int, text) AS INSERT INTO t VALUES ($1, $2);\n" + "SELECT $1$$; $$;\nSELECT 3;\n",
						"PREPARE ins (int, text) AS INSERT INTO t VALUES ($1, $2)", "SELECT $1$$; $$", "SELECT 3"),
				plain("dollar signs in identifiers",
						"CREATE TABLE price$ (amount$$ int, a$b$ int);\nSELECT amount$$ FROM price$;\nSELECT 3",
						"CREATE TABLE price$ (amount$$ int, a$b$ int)", "SELECT amount$$ FROM price$", "SELECT 3"),
				plain("tags cannot start with a digit", "SELECT $1abc$; SELECT 2", "SELECT $1abc$", "SELECT 2"),
				plain("quotes and comments inside dollar quotes",
						"SELECT $q$ it's \"unbalanced -- not /* a comment; $q$;\nSELECT 2;\n",
						"SELECT $q$ it's \"unbalanced -- not /* a comment; $q$", "SELECT 2"),
				plain("nested block comments", "/* outer /* inner; */ still a comment; */ SELECT 1;\n"
						+ "SELECT /*/ odd; */ 2 /**/;\n/* -- a line comment marker does not end it; */ SELECT 3;\n"
						+ "-- /* a block marker in a line comment opens nothing\nSELECT 4;\n", "SELECT 1",
						"SELECT /*/ odd; */ 2", "SELECT 3", "SELECT 4"),
				plain("DO blocks", "DO $$\nBEGIN\n    CREATE ROLE app;\nEND\n$$;\n"
						+ "DO LANGUAGE plpgsql $do$ BEGIN PERFORM 1; END $do$;\n"
						+ "DO 'BEGIN RAISE NOTICE ''hi; there''; END';\nDO E'BEGIN RAISE NOTICE \\'escaped;\\'; END';\n",
						"DO $$\nBEGIN\n    CREATE ROLE app;\nEND\n$$",
						"DO LANGUAGE plpgsql $do$ BEGIN PERFORM 1; END $do$",
						"DO 'BEGIN RAISE NOTICE ''hi; there''; END'", "DO E'BEGIN RAISE NOTICE \\'escaped;\\'; END'"),
				plain("rules with several actions", "CREATE RULE r AS ON UPDATE TO users DO ALSO (\n"
						+ "    INSERT INTO log VALUES (old.id, 'update;');\n    UPDATE stats SET n = n + 1;\n);\n"
						+ "CREATE RULE no_delete AS ON DELETE TO users DO INSTEAD NOTHING;\n",
						"CREATE RULE r AS ON UPDATE TO users DO ALSO (\n    INSERT INTO log VALUES (old.id, 'update;');\n"
								+ "    UPDATE stats SET n = n + 1;\n)",
						"CREATE RULE no_delete AS ON DELETE TO users DO INSTEAD NOTHING"),
				plain("question marks that are not placeholders",
						"SELECT '?', \"?col\", $$?$$ /* ? */ FROM t -- why?\nWHERE true;\nSELECT E'\\'?' AS \"a?\"",
						"SELECT '?', \"?col\", $$?$$ /* ? */ FROM t -- why?\nWHERE true", "SELECT E'\\'?' AS \"a?\""),
				plain("numbers and casts", "SELECT 1.5e-3, .5, 0x1F, 1_000, 'k'::text, a->>'b' FROM t; SELECT 2",
						"SELECT 1.5e-3, .5, 0x1F, 1_000, 'k'::text, a->>'b' FROM t", "SELECT 2"),
				new Case("BEGIN ATOMIC bodies",
						"CREATE OR REPLACE FUNCTION classify(n int) RETURNS text\nLANGUAGE sql IMMUTABLE\nBEGIN ATOMIC\n"
								+ "    SELECT CASE WHEN n > 0 THEN 'positive; +' ELSE 'other' END;\nEND;\nCALL p(1, 2);",
						List.of("CREATE OR REPLACE FUNCTION classify(n int) RETURNS text\nLANGUAGE sql IMMUTABLE\n"
								+ "BEGIN ATOMIC\n    SELECT CASE WHEN n > 0 THEN 'positive; +' ELSE 'other' END;\nEND",
								"CALL p(1, 2)"),
						false));
	}

	private static Case plain(String name, String script, String... statements) {
		return new Case(name, script, List.of(statements), true);
	}

}
