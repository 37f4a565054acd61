package dev.migrate.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A revision file too large to hold is read line by line and split block by block
 * ({@link SqlRevisionParser#parse(String, Path)}, {@link FileSection}): the revision it
 * gives must be exactly the one the whole text gives, whatever the line endings and
 * wherever a statement, string or dollar quote meets a block boundary.
 */
class LargeRevisionFileTest {

	private static final String NAME = "a1b2c3d4e5f6_bulk.sql";

	/**
	 * Small statements, semicolons inside strings, comments and dollar quotes, and one
	 * function body longer than a block: about three blocks in all.
	 */
	private static String bulkRevision(String newline) {
		StringBuilder text = new StringBuilder();
		text.append("-- revision: a1b2c3d4e5f6").append(newline).append("-- message: bulk").append(newline);
		text.append(newline).append("-- migrate:upgrade").append(newline);
		text.append("CREATE TABLE bulk (id bigint, v text);").append(newline);
		for (int i = 0; i < 30_000; i++) {
			text.append("INSERT INTO bulk VALUES (").append(i).append(", 'a;b '' c'); -- ; ").append(i).append(newline);
			if (i % 997 == 0) {
				text.append("DO $body$")
					.append(newline)
					.append("BEGIN PERFORM ';'; /* ; /* ; */ */ END")
					.append(newline)
					.append("$body$;")
					.append(newline);
			}
		}
		text.append("CREATE FUNCTION big() RETURNS text LANGUAGE sql AS $f$ SELECT '");
		text.append("x;".repeat(FileSection.BLOCK)).append("' $f$;").append(newline);
		text.append("SELECT 'last'").append(newline).append(newline);
		text.append("-- migrate:downgrade").append(newline).append("DROP FUNCTION big;").append(newline);
		text.append("DROP TABLE bulk;").append(newline);
		return text.toString();
	}

	@ParameterizedTest(name = "line breaks {0}")
	@ValueSource(strings = { "LF", "CRLF", "CR" })
	void aFileReadLineByLineGivesTheRevisionItsWholeTextGives(String breaks, @TempDir Path dir) throws Exception {
		String newline = switch (breaks) {
			case "CRLF" -> "\r\n";
			case "CR" -> "\r";
			default -> "\n";
		};
		String content = bulkRevision(newline);
		Path file = write(dir, content);

		RevisionScript whole = SqlRevisionParser.parse("filesystem:db/" + NAME, content);
		RevisionScript streamed = SqlRevisionParser.parse("filesystem:db/" + NAME, file);

		assertThat(streamed.checksum()).isEqualTo(whole.checksum());
		assertThat(streamed.equivalentChecksums()).isEqualTo(whole.equivalentChecksums());
		assertThat(streamed.message()).isEqualTo("bulk");
		SqlMigration expected = (SqlMigration) whole.migration();
		SqlMigration actual = (SqlMigration) streamed.migration();
		List<SqlStatement> statements = actual.upgradeStatements();
		assertThat(statements).hasSize(1 + 30_000 + 31 + 2).isEqualTo(expected.upgradeStatements());
		assertThat(statements.get(statements.size() - 1).sql()).isEqualTo("SELECT 'last'");
		assertThat(actual.downgradeStatements()).extracting(SqlStatement::sql)
			.containsExactly("DROP FUNCTION big", "DROP TABLE bulk")
			.hasSameSizeAs(expected.downgradeStatements());
		assertThat(actual.downgradeStatements()).isEqualTo(expected.downgradeStatements());
	}

	@ParameterizedTest(name = "ending {0}")
	@ValueSource(strings = { "", "\n", "\n\n\n", "\r\n\r\n", " \n" })
	void checksumsAgreeForEveryFinalLineEndingAndAByteOrderMark(String ending, @TempDir Path dir) throws Exception {
		String content = "\uFEFF-- revision: a1b2c3d4e5f6\n\n-- migrate:upgrade\n\nSELECT 1;\n\n\nSELECT 2;" + ending;
		RevisionScript whole = SqlRevisionParser.parse(NAME, content);
		RevisionScript streamed = SqlRevisionParser.parse(NAME, write(dir, content));
		assertThat(streamed.checksum()).isEqualTo(whole.checksum());
		assertThat(streamed.equivalentChecksums()).isEqualTo(whole.equivalentChecksums());
		assertThat(((SqlMigration) streamed.migration()).upgradeStatements())
			.isEqualTo(((SqlMigration) whole.migration()).upgradeStatements());
	}

	@Test
	void anUnterminatedDollarQuoteIsReportedAtItsLine(@TempDir Path dir) throws Exception {
		StringBuilder content = new StringBuilder("-- revision: a1b2c3d4e5f6\n-- migrate:upgrade\n");
		for (int i = 0; i < 40_000; i++) {
			content.append("INSERT INTO t VALUES (").append(i).append(", 'padding padding padding');\n");
		}
		content.append("DO $x$ BEGIN PERFORM 1;\n END;\n");
		String text = content.toString();
		String expected = messageOf(
				() -> ((SqlMigration) SqlRevisionParser.parse(NAME, text).migration()).splitStatements());
		assertThat(expected).contains(NAME + ":40003", "dollar-quoted string $x$ is never closed");
		SqlMigration streamed = (SqlMigration) SqlRevisionParser.parse(NAME, write(dir, text)).migration();
		assertThat(messageOf(streamed::splitStatements)).isEqualTo(expected);
	}

	@Test
	void invalidUtf8IsReportedWithItsLine(@TempDir Path dir) throws Exception {
		Path file = dir.resolve(NAME);
		byte[] head = "-- revision: a1b2c3d4e5f6\n-- migrate:upgrade\nSELECT '".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[head.length + 3];
		System.arraycopy(head, 0, bytes, 0, head.length);
		bytes[head.length] = (byte) 0xC3; // a lead byte without its continuation
		bytes[head.length + 1] = '\'';
		bytes[head.length + 2] = ';';
		Files.write(file, bytes);
		assertThatThrownBy(() -> SqlRevisionParser.parse(NAME, file)).isInstanceOf(RevisionLocationException.class)
			.hasMessageContaining(NAME + ":3")
			.hasMessageContaining("not valid UTF-8");
	}

	@Test
	void filesAboveTheLimitAreReadLineByLineWhenScanned(@TempDir Path dir) throws Exception {
		StringBuilder content = new StringBuilder("-- revision: a1b2c3d4e5f6\n-- migrate:upgrade\n");
		String row = padPastTheLimit(content);
		write(dir, content.toString());
		Files.writeString(dir.resolve("b1b2c3d4e5f6_small.sql"),
				"-- revision: b1b2c3d4e5f6\n-- revises: a1b2c3d4e5f6\n-- migrate:upgrade\nSELECT 1;\n");
		List<RevisionScript> scripts = new SqlRevisionScanner(getClass().getClassLoader())
			.scan(RevisionLocation.parse("filesystem:" + dir));
		assertThat(scripts).extracting(RevisionScript::id).containsExactly("a1b2c3d4e5f6", "b1b2c3d4e5f6");
		assertThat(((SqlMigration) scripts.get(0).migration()).upgradeStatements())
			.hasSize((int) (SqlRevisionScanner.STREAM_ABOVE_BYTES / row.length()) + 1);
		// Only the large file is read again when its statements are needed, and it must
		// still be the file whose checksum was taken.
		Files.writeString(dir.resolve(NAME), "-- revision: a1b2c3d4e5f6\n-- migrate:upgrade\nSELECT 'changed';\n");
		assertThatThrownBy(((SqlMigration) scripts.get(0).migration())::upgradeStatements)
			.isInstanceOf(RevisionLocationException.class)
			.hasMessageContaining("filesystem:" + dir + "/" + NAME)
			.hasMessageContaining("the file changed after it was read");
		assertThat(((SqlMigration) scripts.get(1).migration()).upgradeStatements()).extracting(SqlStatement::sql)
			.containsExactly("SELECT 1");
	}

	/**
	 * A streamed section has no place for the commits around an autocommit block, so the
	 * block is refused at its marker, with what to do; the same text held in memory has
	 * the block, read by the same marker parser.
	 */
	@Test
	void anAutocommitBlockInAFileAboveTheLimitIsRefusedAtItsMarker(@TempDir Path dir) throws Exception {
		StringBuilder content = new StringBuilder("-- revision: a1b2c3d4e5f6\n-- migrate:upgrade\n"
				+ "CREATE TABLE t (v text);\n--  Migrate:AutoCommit\nCREATE INDEX CONCURRENTLY t_v ON t (v);\n"
				+ "-- migrate:end-autocommit\n");
		padPastTheLimit(content);
		String text = content.toString();
		write(dir, text);
		assertThat(
				((SqlMigration) SqlRevisionParser.parse(NAME, text).migration()).hasAutocommitBlock(Direction.UPGRADE))
			.isTrue();
		assertThatThrownBy(() -> new SqlRevisionScanner(getClass().getClassLoader())
			.scan(RevisionLocation.parse("filesystem:" + dir)))
			.isInstanceOfSatisfying(RevisionFileException.class, e -> {
				assertThat(e.problem()).isEqualTo(RevisionFileException.Problem.AUTOCOMMIT_BLOCK);
				assertThat(e.location().line()).isEqualTo(4);
			})
			.hasMessageContaining(NAME + ":4")
			.hasMessageContaining("larger than 8 MiB")
			.hasMessageContaining("into a smaller revision of its own");
	}

	/**
	 * Appends rows of 1,000 characters until {@code content} is above the streaming
	 * limit.
	 * @return the row
	 */
	private static String padPastTheLimit(StringBuilder content) {
		String row = "INSERT INTO t VALUES ('" + "p".repeat(1000) + "');\n";
		while (content.length() <= SqlRevisionScanner.STREAM_ABOVE_BYTES) {
			content.append(row);
		}
		return row;
	}

	private static Path write(Path dir, String content) throws Exception {
		Path file = dir.resolve(NAME);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static String messageOf(Runnable action) {
		try {
			action.run();
		}
		catch (SqlScriptException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("no SqlScriptException");
	}

}
