package dev.migrate.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Direction;
import dev.migrate.internal.execution.AutocommitBoundary;
import dev.migrate.internal.execution.RecordedMigration;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.RevisionFileException.Problem;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operation;
import dev.migrate.result.SourceLocation;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * The {@code -- migrate:autocommit} / {@code -- migrate:end-autocommit} markers of SQL
 * revision files: where the block's statements go, and every misplaced marker reported at
 * its line with the fix, when the file is read (before anything runs).
 */
class SqlAutocommitBlockParserTest {

	private static final String FILE = "classpath:db/revisions/ac01_index.sql";

	private static final String HEADER = "-- revision: ac01\n";

	@Test
	void theBlockStatementsRunBetweenTheBoundariesWithTheirOwnLines() {
		RevisionScript script = SqlRevisionParser.parse(FILE, HEADER + """
				-- migrate:upgrade
				ALTER TABLE t ADD COLUMN c int;
				  -- Migrate : AutoCommit
				CREATE INDEX CONCURRENTLY ix_t_c ON t (c);
				-- migrate:end-autocommit
				UPDATE t SET c = 1;

				-- migrate:downgrade
				-- migrate:autocommit
				DROP INDEX CONCURRENTLY IF EXISTS ix_t_c;
				-- migrate:end-autocommit
				""");
		SqlMigration migration = (SqlMigration) script.migration();

		assertThat(describe(RecordedMigration.of(migration, Direction.UPGRADE, "ac01").operations())).containsExactly(
				"3: ALTER TABLE t ADD COLUMN c int", "START", "5: CREATE INDEX CONCURRENTLY ix_t_c ON t (c)", "END",
				"7: UPDATE t SET c = 1");
		assertThat(describe(RecordedMigration.of(migration, Direction.DOWNGRADE, "ac01").operations()))
			.containsExactly("START", "11: DROP INDEX CONCURRENTLY IF EXISTS ix_t_c", "END");
		assertThat(migration.hasAutocommitBlock(Direction.UPGRADE)).isTrue();
		assertThat(migration.upgradeStatements()).hasSize(3);
	}

	@Test
	void aFileWithoutMarkersHasNoBlock() {
		SqlMigration migration = (SqlMigration) SqlRevisionParser
			.parse(FILE, HEADER + "-- migrate:upgrade\nSELECT 1;\n-- migrate: comment that is no marker\n")
			.migration();
		assertThat(migration.hasAutocommitBlock(Direction.UPGRADE)).isFalse();
		assertThat(migration.hasAutocommitBlock(Direction.DOWNGRADE)).isFalse();
		assertThat(describe(RecordedMigration.of(migration, Direction.UPGRADE, "ac01").operations()))
			.containsExactly("3: SELECT 1");
	}

	@Test
	void aMarkerOutsideASectionIsAnError() {
		assertError(HEADER + "-- migrate:autocommit\n-- migrate:upgrade\nSELECT 1;\n", 2)
			.hasMessageContaining("'-- migrate:autocommit' is outside a section")
			.hasMessageContaining("inside '-- migrate:upgrade' or '-- migrate:downgrade'");
	}

	@Test
	void blocksDoNotNest() {
		assertError(HEADER + "-- migrate:upgrade\n-- migrate:autocommit\nSELECT 1;\n-- migrate:autocommit\n"
				+ "SELECT 2;\n-- migrate:end-autocommit\n", 5)
			.hasMessageContaining("inside the autocommit block opened on line 3; blocks do not nest");
	}

	@Test
	void anEndWithoutABlockIsAnError() {
		assertError(HEADER + "-- migrate:upgrade\nSELECT 1;\n-- migrate:end-autocommit\n", 4)
			.hasMessageContaining("'-- migrate:end-autocommit' without an open autocommit block in the upgrade")
			.hasMessageContaining("put '-- migrate:autocommit' on the line before the block's first statement");
	}

	@Test
	void aBlockLeftOpenIsReportedAtItsStart() {
		// The next section would otherwise end it silently.
		assertError(HEADER + "-- migrate:upgrade\n-- migrate:autocommit\nSELECT 1;\n-- migrate:downgrade\nSELECT 2;\n",
				3)
			.hasMessageContaining("the autocommit block opened here is never closed in the upgrade section")
			.hasMessageContaining("add '-- migrate:end-autocommit' after its last statement (before line 5)");
		assertError(HEADER + "-- migrate:upgrade\nSELECT 1;\n-- migrate:autocommit\nSELECT 2;\n", 4)
			.hasMessageContaining("never closed in the upgrade section; add '-- migrate:end-autocommit'");
	}

	@Test
	void aBlockInANonTransactionalFileIsPointless() {
		assertError(HEADER + "-- transactional: false\n-- migrate:upgrade\nSELECT 1;\n-- migrate:autocommit\n"
				+ "SELECT 2;\n-- migrate:end-autocommit\n", 5)
			.hasMessageContaining("an autocommit block in a file declared 'transactional: false'")
			.hasMessageContaining("or remove the 'transactional: false' header (line 2)");
	}

	@Test
	void aMarkerWithTrailingTextOrATypoIsNotMistakenForAComment() {
		// Read as comments, these would run the index build inside the transaction.
		String withText = HEADER + "-- migrate:upgrade\n-- migrate:autocommit -- for the index\nSELECT 1;\n";
		assertThatThrownBy(() -> SqlRevisionParser.parse(FILE, withText))
			.isInstanceOfSatisfying(RevisionFileException.class,
					e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_SECTION))
			.hasMessageStartingWith(FILE + ":3: ")
			.hasMessageContaining("alone on the line");
		String typo = HEADER + "-- migrate:upgrade\n-- migrate:autocomit\nSELECT 1;\n";
		assertThatThrownBy(() -> SqlRevisionParser.parse(FILE, typo)).hasMessageStartingWith(FILE + ":3: ")
			.hasMessageContaining("(did you mean '-- migrate:autocommit'?)");
		String endTypo = HEADER + "-- migrate:upgrade\n-- migrate:autocommit\nSELECT 1;\n-- migrate:end_autocommit\n";
		assertThatThrownBy(() -> SqlRevisionParser.parse(FILE, endTypo)).hasMessageStartingWith(FILE + ":5: ")
			.hasMessageContaining("(did you mean '-- migrate:end-autocommit'?)");
	}

	@Test
	void aStringOpenAcrossAMarkerIsReportedWhereItStarts() {
		SqlMigration migration = (SqlMigration) SqlRevisionParser
			.parse(FILE,
					HEADER + "-- migrate:upgrade\nSELECT 'open\n-- migrate:autocommit\nSELECT 2;\n"
							+ "-- migrate:end-autocommit\n")
			.migration();
		assertThatThrownBy(migration::splitStatements).isInstanceOfSatisfying(SqlScriptException.class,
				e -> assertThat(e.location()).isEqualTo(new SourceLocation(FILE, 3)));
	}

	private static AbstractThrowableAssert<?, ?> assertError(String content, int line) {
		return assertThatThrownBy(() -> SqlRevisionParser.parse(FILE, content))
			.isInstanceOfSatisfying(RevisionFileException.class, e -> {
				assertThat(e.problem()).isEqualTo(Problem.AUTOCOMMIT_BLOCK);
				assertThat(e.location()).isEqualTo(new SourceLocation(FILE, line));
			})
			.hasMessageStartingWith(FILE + ":" + line + ": ");
	}

	private static List<String> describe(List<Operation> operations) {
		return operations.stream()
			.map(operation -> (operation instanceof ExecuteSql sql) ? sql.location().line() + ": " + sql.sql()
					: ((AutocommitBoundary) operation).name())
			.toList();
	}

}
