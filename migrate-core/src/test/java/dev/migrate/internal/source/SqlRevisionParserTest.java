package dev.migrate.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.IrreversibleMigrationException;
import dev.migrate.Transactional;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operations;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import dev.migrate.internal.source.RevisionFileException.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SqlRevisionParserTest {

	private static final String FILE = "classpath:db/revisions/9c3e5f8a1d2b_add_phone_number.sql";

	private static final String CONTRACT_EXAMPLE = """
			-- revision: 9c3e5f8a1d2b
			-- revises: 3a8f1c2d4b7e
			-- message: add phone_number to users
			-- branch-labels: billing
			-- depends-on: 7f00aa11bb22
			-- transactional: false

			-- migrate:upgrade
			ALTER TABLE users ADD COLUMN phone_number varchar(20);

			-- migrate:downgrade
			ALTER TABLE users DROP COLUMN phone_number;
			""";

	private static RevisionScript parse(String content) {
		return SqlRevisionParser.parse(FILE, content);
	}

	private static List<ExecuteSql> run(RevisionScript script, boolean upgrade) throws Exception {
		RecordingExecutor executor = new RecordingExecutor();
		if (upgrade) {
			script.migration().upgrade(new Operations(executor));
		}
		else {
			script.migration().downgrade(new Operations(executor));
		}
		return executor.operations.stream().map(ExecuteSql.class::cast).toList();
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Nested
	class ValidFiles {

		@Test
		void readsEveryHeaderOfTheContractExample() throws Exception {
			RevisionScript script = parse(CONTRACT_EXAMPLE);

			assertThat(script.id()).isEqualTo("9c3e5f8a1d2b");
			assertThat(script.parents()).containsExactly("3a8f1c2d4b7e");
			assertThat(script.message()).isEqualTo("add phone_number to users");
			assertThat(script.branchLabels()).containsExactly("billing");
			assertThat(script.dependsOn()).containsExactly("7f00aa11bb22");
			assertThat(script.transactional()).isEqualTo(Transactional.FALSE);
			assertThat(script.location()).isEqualTo(new SourceLocation(FILE, 1));
			assertThat(script.downgradable()).isTrue();
			assertThat(script.checksum()).isEqualTo(sha256(CONTRACT_EXAMPLE));
		}

		@Test
		void runsEachStatementAsExecuteSqlWithItsLineAndTheHeaderTransactionality() throws Exception {
			RevisionScript script = parse(CONTRACT_EXAMPLE);

			assertThat(run(script, true))
				.containsExactly(new ExecuteSql("ALTER TABLE users ADD COLUMN phone_number varchar(20)", List.of(),
						new SourceLocation(FILE, 9), false));
			assertThat(run(script, false)).containsExactly(new ExecuteSql("ALTER TABLE users DROP COLUMN phone_number",
					List.of(), new SourceLocation(FILE, 12), false));
		}

		@Test
		void defaultsToABaseTransactionalRevisionWithoutMessage() throws Exception {
			RevisionScript script = parse("""
					-- revision: 9c3e5f8a1d2b
					-- migrate:upgrade
					CREATE TABLE a (id int);
					-- a comment between statements
					CREATE TABLE b (id int);
					-- migrate:downgrade
					DROP TABLE b;
					DROP TABLE a;
					""");

			assertThat(script.isBase()).isTrue();
			assertThat(script.message()).isEmpty();
			assertThat(script.branchLabels()).isEmpty();
			assertThat(script.dependsOn()).isEmpty();
			assertThat(script.transactional()).isEqualTo(Transactional.TRUE);
			assertThat(run(script, true))
				.extracting(ExecuteSql::sql, e -> e.location().line(), ExecuteSql::transactional)
				.containsExactly(tuple("CREATE TABLE a (id int)", 3, true), tuple("CREATE TABLE b (id int)", 5, true));
			assertThat(run(script, false)).extracting(ExecuteSql::sql, e -> e.location().line())
				.containsExactly(tuple("DROP TABLE b", 7), tuple("DROP TABLE a", 8));
		}

		@Test
		void anEmptyRevisesIsABaseAndSeveralAreAMerge() {
			assertThat(parse("-- revision: 9c3e5f8a1d2b\n-- revises:\n-- migrate:upgrade\n").isBase()).isTrue();
			RevisionScript merge = parse(
					"-- revision: 9c3e5f8a1d2b\n-- revises: aaaa1111, bbbb2222 ,cccc3333\n-- migrate:upgrade\n");
			assertThat(merge.isMerge()).isTrue();
			assertThat(merge.parents()).containsExactly("aaaa1111", "bbbb2222", "cccc3333");
		}

		@Test
		void listsSeveralBranchLabelsAndDependencies() {
			RevisionScript script = parse("""
					-- revision: 9c3e5f8a1d2b
					-- branch-labels: billing, invoicing_v2
					-- depends-on: 7f00aa11bb22,1234abcd
					-- migrate:upgrade
					""");
			assertThat(script.branchLabels()).containsExactly("billing", "invoicing_v2");
			assertThat(script.dependsOn()).containsExactly("7f00aa11bb22", "1234abcd");
		}

		@Test
		void withoutADowngradeSectionTheRevisionIsIrreversible() {
			RevisionScript script = parse("-- revision: 9c3e5f8a1d2b\n\n-- migrate:upgrade\nDROP TABLE legacy;\n");

			assertThat(script.downgradable()).isFalse();
			assertThat(((SqlMigration) script.migration()).hasDowngrade()).isFalse();
			assertThatThrownBy(() -> run(script, false)).isInstanceOf(IrreversibleMigrationException.class)
				.hasMessageStartingWith(FILE + " has no '-- migrate:downgrade' section");
		}

		@Test
		void anEmptyDowngradeSectionIsAnExplicitNoOp() throws Exception {
			RevisionScript script = parse("""
					-- revision: 9c3e5f8a1d2b
					-- migrate:upgrade
					UPDATE users SET active = true;
					-- migrate:downgrade
					-- nothing to undo: the data change is harmless
					""");

			assertThat(script.downgradable()).isTrue();
			assertThat(run(script, false)).isEmpty();
			assertThat(((SqlMigration) script.migration()).downgradeStatements()).isEmpty();
		}

		@Test
		void anEmptyUpgradeSectionIsAllowedForMerges() throws Exception {
			RevisionScript merge = parse(
					"-- revision: 9c3e5f8a1d2b\n-- revises: aaaa1111, bbbb2222\n-- migrate:upgrade\n-- migrate:downgrade\n");
			assertThat(run(merge, true)).isEmpty();
			assertThat(merge.downgradable()).isTrue();
		}

		@Test
		void acceptsKeyAndMarkerSpellingVariantsThatCannotHideATypo() {
			RevisionScript script = parse("""

					--Revision:9c3e5f8a1d2b
					  -- MESSAGE :   fix: the "users" table  \s
					-- Transactional: FALSE

					--migrate:UPGRADE
					SELECT 1;
					  --  migrate : downgrade
					SELECT 2;
					""");
			assertThat(script.id()).isEqualTo("9c3e5f8a1d2b");
			assertThat(script.message()).isEqualTo("fix: the \"users\" table");
			assertThat(script.transactional()).isEqualTo(Transactional.FALSE);
			assertThat(((SqlMigration) script.migration()).upgradeStatements())
				.containsExactly(new SqlStatement("SELECT 1", new SourceLocation(FILE, 7)));
			assertThat(((SqlMigration) script.migration()).downgradeStatements())
				.containsExactly(new SqlStatement("SELECT 2", new SourceLocation(FILE, 9)));
		}

		@Test
		void sectionsMayComeInEitherOrder() {
			RevisionScript script = parse(
					"-- revision: 9c3e5f8a1d2b\n-- migrate:downgrade\nSELECT 2;\n-- migrate:upgrade\nSELECT 1;\n");
			SqlMigration migration = (SqlMigration) script.migration();
			assertThat(migration.upgradeStatements()).extracting(SqlStatement::sql).containsExactly("SELECT 1");
			assertThat(migration.downgradeStatements()).extracting(SqlStatement::sql).containsExactly("SELECT 2");
		}

		@Test
		void headerLikeCommentsInsideSectionsAreJustSql() {
			RevisionScript script = parse("""
					-- revision: 9c3e5f8a1d2b
					-- migrate:upgrade
					-- revision: not a header any more
					-- migrate: this is a prose comment, not a marker
					SELECT 1;
					""");
			assertThat(((SqlMigration) script.migration()).upgradeStatements())
				.containsExactly(new SqlStatement("SELECT 1", new SourceLocation(FILE, 5)));
		}

		@Test
		void theFileNameMayContinueTheIdWithUnderscores() {
			assertThat(SqlRevisionParser
				.parse("filesystem:db/abc_def_add_x.sql", "-- revision: abc_def\n-- migrate:upgrade\n")
				.id()).isEqualTo("abc_def");
			assertThat(SqlRevisionParser.parse("abc_x.sql", "-- revision: abc\n-- migrate:upgrade\n").id())
				.isEqualTo("abc");
			assertThat(
					SqlRevisionParser.parse("filesystem:C:\\revs\\abc_x.sql", "-- revision: abc\n-- migrate:upgrade\n")
						.id())
				.isEqualTo("abc");
		}

	}

	@Nested
	class Checksums {

		@Test
		void ignoresLineEndingsAndAByteOrderMark() throws Exception {
			String lf = CONTRACT_EXAMPLE;
			String expected = sha256(lf);

			assertThat(parse(lf.replace("\n", "\r\n")).checksum()).isEqualTo(expected);
			assertThat(parse(lf.replace("\n", "\r")).checksum()).isEqualTo(expected);
			assertThat(parse("\uFEFF" + lf.replace("\n", "\r\n")).checksum()).isEqualTo(expected);
			assertThat(SqlRevisionParser.checksum("\uFEFF" + lf)).isEqualTo(expected);
		}

		@Test
		void aFinalNewlineIsNoEditAndOneNewlineHashesAsBefore() throws Exception {
			assertThat(CONTRACT_EXAMPLE).endsWith(";\n");
			// Files ending in one newline keep the checksum recorded before the rule.
			assertThat(parse(CONTRACT_EXAMPLE).checksum()).isEqualTo(sha256(CONTRACT_EXAMPLE));
			String stripped = CONTRACT_EXAMPLE.substring(0, CONTRACT_EXAMPLE.length() - 1);
			for (String variant : List.of(stripped, CONTRACT_EXAMPLE + "\n", CONTRACT_EXAMPLE + "\r\n\n")) {
				RevisionScript script = parse(variant);
				assertThat(script.checksum()).isEqualTo(sha256(CONTRACT_EXAMPLE));
				// What was recorded for any of them before still matches.
				assertThat(script.matchesChecksum(script.checksum(), sha256(stripped))).isTrue();
				assertThat(script.matchesChecksum(script.checksum(), sha256(CONTRACT_EXAMPLE + "\n"))).isTrue();
				assertThat(script.matchesChecksum(script.checksum(), sha256(CONTRACT_EXAMPLE))).isTrue();
				assertThat(script.matchesChecksum(script.checksum(), sha256(stripped + " "))).isFalse();
			}
		}

		@Test
		void changesWithAnyOtherEdit() {
			String original = parse(CONTRACT_EXAMPLE).checksum();
			assertThat(parse(CONTRACT_EXAMPLE.replace("varchar(20)", "varchar(21)")).checksum()).isNotEqualTo(original);
			assertThat(parse(CONTRACT_EXAMPLE.replace("phone_number;", "phone_number; ")).checksum())
				.isNotEqualTo(original);
		}

		@Test
		void linesAreCountedTheSameWithWindowsLineEndings() {
			RevisionScript script = parse(CONTRACT_EXAMPLE.replace("\n", "\r\n"));
			assertThat(((SqlMigration) script.migration()).upgradeStatements())
				.extracting(s -> s.location().line(), SqlStatement::sql)
				.containsExactly(tuple(9, "ALTER TABLE users ADD COLUMN phone_number varchar(20)"));
		}

	}

	@Nested
	class Errors {

		private AbstractThrowableAssert<?, ?> assertError(String file, String content, Problem problem, int line) {
			return assertThatThrownBy(() -> SqlRevisionParser.parse(file, content))
				.isInstanceOfSatisfying(RevisionFileException.class, e -> {
					assertThat(e.problem()).isEqualTo(problem);
					assertThat(e.location()).isEqualTo(new SourceLocation(file, line));
				})
				.hasMessageStartingWith(line > 0 ? file + ":" + line + ": " : file + ": ");
		}

		private AbstractThrowableAssert<?, ?> assertError(String content, Problem problem, int line) {
			return assertError(FILE, content, problem, line);
		}

		@Test
		void emptyFile() {
			assertError("", Problem.EMPTY_FILE, 0).hasMessageContaining("the file is empty");
			assertError("\uFEFF \n\n\t\n", Problem.EMPTY_FILE, 0);
		}

		@Test
		void fileNameWithoutIdAndSlug() {
			String content = "-- revision: abc\n-- migrate:upgrade\n";
			assertError("classpath:db/revisions/init.sql", content, Problem.BAD_FILE_NAME, 0)
				.hasMessageContaining("the file name init.sql is not <id>_<slug>.sql");
			assertError("classpath:db/revisions/_abc.sql", content, Problem.BAD_FILE_NAME, 0);
			assertError("classpath:db/revisions/abc_.sql", content, Problem.BAD_FILE_NAME, 0);
			assertError("classpath:db/revisions/abc_x.SQL", content, Problem.BAD_FILE_NAME, 0);
		}

		@Test
		void fileNameIdDisagreeingWithTheHeader() {
			assertError("classpath:db/revisions/abd_add_x.sql", "\n-- revision: abc\n-- migrate:upgrade\n",
					Problem.ID_MISMATCH, 2)
				.hasMessageContaining("abd_add_x.sql does not start with the revision id 'abc'")
				.hasMessageContaining("rename the file to abc_add_x.sql");
			assertError("classpath:db/revisions/abcd_x.sql", "-- revision: abc\n-- migrate:upgrade\n",
					Problem.ID_MISMATCH, 1);
		}

		@Test
		void missingUpgradeSection() {
			assertError("-- revision: 9c3e5f8a1d2b\n-- message: m\n", Problem.MISSING_UPGRADE_SECTION, 3)
				.hasMessageContaining("add a line '-- migrate:upgrade'");
			assertError("-- revision: 9c3e5f8a1d2b\n-- migrate:downgrade\nSELECT 1;", Problem.MISSING_UPGRADE_SECTION,
					3);
		}

		@Test
		void freeTextInTheHeaderIsMalformed() {
			assertError("-- revision: 9c3e5f8a1d2b\n-- adds the phone column\n-- migrate:upgrade\n",
					Problem.MALFORMED_HEADER_LINE, 2)
				.hasMessageContaining("is not of the form '-- key: value'")
				.hasMessageContaining("move free-text comments below '-- migrate:upgrade'");
			assertError("-- revision: 9c3e5f8a1d2b\n-- depends-on 7f00aa11bb22\n-- migrate:upgrade\n",
					Problem.MALFORMED_HEADER_LINE, 2);
			assertError("-- revision: 9c3e5f8a1d2b\n--\n-- migrate:upgrade\n", Problem.MALFORMED_HEADER_LINE, 2);
			assertError("-- revision: 9c3e5f8a1d2b\n-- ------------\n-- migrate:upgrade\n",
					Problem.MALFORMED_HEADER_LINE, 2);
		}

		@Test
		void unknownHeaderKeySuggestsTheClosestKnownOne() {
			assertError("-- revison: 9c3e5f8a1d2b\n-- migrate:upgrade\n", Problem.UNKNOWN_HEADER_KEY, 1)
				.hasMessageContaining("unknown header key 'revison' (did you mean 'revision'?)");
			assertError("-- revision: 9c3e5f8a1d2b\n-- branch_labels: x\n-- migrate:upgrade\n",
					Problem.UNKNOWN_HEADER_KEY, 2)
				.hasMessageContaining("(did you mean 'branch-labels'?)");
			assertError("-- revision: 9c3e5f8a1d2b\n-- Depends_On: x\n-- migrate:upgrade\n", Problem.UNKNOWN_HEADER_KEY,
					2)
				.hasMessageContaining("'Depends_On' (did you mean 'depends-on'?)");
			assertError("-- revision: 9c3e5f8a1d2b\n-- down_revision: x\n-- migrate:upgrade\n",
					Problem.UNKNOWN_HEADER_KEY, 2)
				.hasMessageContaining("(did you mean 'revises'?)");
			assertError("-- revision: 9c3e5f8a1d2b\n-- Note: careful\n-- migrate:upgrade\n", Problem.UNKNOWN_HEADER_KEY,
					2)
				.hasMessageNotContaining("did you mean")
				.hasMessageContaining(
						"the keys are revision, revises, message, branch-labels, depends-on, transactional");
		}

		@Test
		void duplicateHeaderKey() {
			assertError("-- revision: 9c3e5f8a1d2b\n-- revises: a1\n-- Revises: b2\n-- migrate:upgrade\n",
					Problem.DUPLICATE_HEADER_KEY, 3)
				.hasMessageContaining("appears again (first on line 2)")
				.hasMessageContaining("separate several values with commas");
		}

		@Test
		void missingRevisionHeader() {
			assertError("-- message: no id\n-- migrate:upgrade\nSELECT 1;\n", Problem.MISSING_REVISION_HEADER, 1);
		}

		@Test
		void invalidIds() {
			assertError("classpath:db/abc-def_x.sql", "-- revision: abc-def\n-- migrate:upgrade\n", Problem.INVALID_ID,
					1)
				.hasMessageContaining("1-64 characters of A-Z, a-z, 0-9 and _");
			String tooLong = "a".repeat(65);
			assertError("classpath:db/" + tooLong + "_x.sql", "-- revision: " + tooLong + "\n-- migrate:upgrade\n",
					Problem.INVALID_ID, 1);
			assertError("-- revision: 9c3e5f8a1d2b\n-- revises: a1,,b2\n-- migrate:upgrade\n", Problem.INVALID_ID, 2)
				.hasMessageContaining("revises lists ''");
			assertError("-- revision: 9c3e5f8a1d2b\n-- depends-on: 7f00 aa11\n-- migrate:upgrade\n", Problem.INVALID_ID,
					2);
			assertError("-- revision: 9c3e5f8a1d2b\n-- revises: base\n-- migrate:upgrade\n", Problem.INVALID_ID, 2)
				.hasMessageContaining("leave 'revises:' empty");
		}

		@Test
		void invalidBranchLabels() {
			assertError("-- revision: 9c3e5f8a1d2b\n-- branch-labels: billing, heads\n-- migrate:upgrade\n",
					Problem.INVALID_BRANCH_LABEL, 2)
				.hasMessageContaining("'heads'");
			assertError("-- revision: 9c3e5f8a1d2b\n-- branch-labels: bill-ing\n-- migrate:upgrade\n",
					Problem.INVALID_BRANCH_LABEL, 2);
		}

		@Test
		void duplicateListEntries() {
			assertError("-- revision: 9c3e5f8a1d2b\n-- revises: a1, a1\n-- migrate:upgrade\n", Problem.DUPLICATE_VALUE,
					2)
				.hasMessageContaining("revises lists 'a1' twice");
		}

		@Test
		void badTransactionalValue() {
			assertError("-- revision: 9c3e5f8a1d2b\n\n-- transactional: yes\n-- migrate:upgrade\n",
					Problem.BAD_TRANSACTIONAL_VALUE, 3)
				.hasMessageContaining("transactional is 'yes'; write 'true'");
			assertError("-- revision: 9c3e5f8a1d2b\n-- transactional:\n-- migrate:upgrade\n",
					Problem.BAD_TRANSACTIONAL_VALUE, 2);
		}

		@Test
		void sqlBeforeTheFirstSection() {
			assertError("-- revision: 9c3e5f8a1d2b\nCREATE TABLE t (id int);\n-- migrate:upgrade\n",
					Problem.SQL_BEFORE_SECTION, 2)
				.hasMessageContaining("put the SQL below that line");
			assertError("-- revision: 9c3e5f8a1d2b\n/* a block comment */\n-- migrate:upgrade\n",
					Problem.SQL_BEFORE_SECTION, 2);
		}

		@Test
		void unknownSectionMarker() {
			assertError("-- revision: 9c3e5f8a1d2b\n-- migrate:up\nSELECT 1;\n", Problem.UNKNOWN_SECTION, 2)
				.hasMessageContaining("unknown section '-- migrate:up' (did you mean '-- migrate:upgrade'?)");
			assertError("-- revision: 9c3e5f8a1d2b\n-- migrate:upgrade\n-- migrate:downgarde\n",
					Problem.UNKNOWN_SECTION, 3)
				.hasMessageContaining("(did you mean '-- migrate:downgrade'?)");
			assertError("-- revision: 9c3e5f8a1d2b\n-- migrate: upgrade please\nSELECT 1;\n", Problem.UNKNOWN_SECTION,
					2);
		}

		@Test
		void aMarkerWithTrailingTextIsNotMistakenForAComment() {
			// Read as a comment, the DROP would become part of the upgrade.
			assertError("-- revision: 9c3e5f8a1d2b\n-- migrate:upgrade\nCREATE TABLE t (id int);\n"
					+ "-- migrate:downgrade -- undo\nDROP TABLE t;\n", Problem.UNKNOWN_SECTION, 4)
				.hasMessageContaining("alone on the line");
			assertError("-- revision: 9c3e5f8a1d2b\n-- migrate:upgrade;\n", Problem.UNKNOWN_SECTION, 2);
		}

		@Test
		void duplicateSection() {
			assertError(
					"-- revision: 9c3e5f8a1d2b\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n-- migrate:upgrade\n",
					Problem.DUPLICATE_SECTION, 5)
				.hasMessageContaining("the first one starts on line 2");
		}

		@Test
		void sqlThatCannotBeSplitIsReportedAtItsLineInTheFileWhenTheStatementsAreAskedFor() {
			// Loading reads the header and checksum only, so an application start with
			// everything
			// applied never splits a file; runs split the files of their plan before
			// starting.
			SqlMigration broken = (SqlMigration) parse(
					"-- revision: 9c3e5f8a1d2b\n-- migrate:upgrade\nSELECT 1;\n\nSELECT $x$ oops;\n")
				.migration();
			assertThatThrownBy(broken::upgradeStatements).isInstanceOfSatisfying(SqlScriptException.class, e -> {
				assertThat(e.problem()).isEqualTo(SqlScriptException.Problem.UNTERMINATED_DOLLAR_QUOTE);
				assertThat(e.location()).isEqualTo(new SourceLocation(FILE, 5));
			});
			assertThatThrownBy(broken::splitStatements).isInstanceOf(SqlScriptException.class);
			SqlMigration metaCommand = (SqlMigration) parse(
					"-- revision: 9c3e5f8a1d2b\n-- migrate:upgrade\n-- migrate:downgrade\n\\i x.sql\n")
				.migration();
			assertThat(metaCommand.upgradeStatements()).isEmpty();
			assertThatThrownBy(metaCommand::downgradeStatements).isInstanceOfSatisfying(SqlScriptException.class,
					e -> assertThat(e.location()).isEqualTo(new SourceLocation(FILE, 4)));
		}

	}

}
