package dev.migrate.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.Transactional;
import dev.migrate.internal.source.JavaRevisionReader;
import dev.migrate.ops.Operations;
import dev.migrate.result.LintFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: lint reads an autocommit block's statements as running outside the
 * transaction, and everything else of a transactional revision as inside it.
 */
class LintAutocommitBlockTest {

	private static final String INDEX = """
			DROP INDEX CONCURRENTLY IF EXISTS ix_users_email;
			CREATE INDEX CONCURRENTLY ix_users_email ON users (email);
			""";

	@Revision(id = "eeee0001", message = "index in a block of a forced transaction", transactional = Transactional.TRUE)
	public static final class ConcurrentIndexInBlock implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("SET lock_timeout = '2s'");
			op.autocommitBlock(() -> {
				op.executeNonTransactional("DROP INDEX CONCURRENTLY IF EXISTS ix_users_email");
				op.executeNonTransactional("CREATE INDEX CONCURRENTLY ix_users_email ON users (email)");
			});
		}

	}

	@Test
	void aConcurrentIndexInsideABlockOfATransactionalSqlRevisionIsAccepted() {
		assertThat(LintFixtures.rulesFiredBy("-- migrate:autocommit\n" + INDEX + "-- migrate:end-autocommit"))
			.isEmpty();
		// The same statements outside the block are what PostgreSQL refuses.
		assertThat(LintFixtures.rulesFiredBy(INDEX)).containsOnly("concurrently-in-transaction");
		assertThat(LintFixtures.rulesFiredBy("SELECT 1;\n-- migrate:autocommit\nSELECT 2;\n-- migrate:end-autocommit\n"
				+ "CREATE INDEX CONCURRENTLY ix_users_name ON users (name);"))
			.containsOnly("concurrently-in-transaction");
	}

	@Test
	void aConcurrentIndexInsideABlockOfATransactionalJavaRevisionIsAccepted() {
		assertThat(Linter.withDefaults().lint(List.of(JavaRevisionReader.read(new ConcurrentIndexInBlock()))).active())
			.isEmpty();
	}

	@Test
	void theBlockIsReRunOnRetryAndItsStatementsMustBeRobust() {
		assertThat(LintFixtures
			.rulesFiredBy("-- migrate:autocommit\nCREATE INDEX CONCURRENTLY ix_users_email ON users (email);\n"
					+ "-- migrate:end-autocommit"))
			.containsExactly("prefer-robust-stmts");
		assertThat(Linter.withDefaults()
			.lint(List.of(LintFixtures.revision("aaaa0001",
					"-- migrate:autocommit\nCREATE INDEX CONCURRENTLY ix_users_email ON users (email);\n"
							+ "-- migrate:end-autocommit")))
			.active()).extracting(LintFinding::message)
			.singleElement()
			.asString()
			.contains("in the autocommit block of revision aaaa0001");
	}

	@Test
	void aBlockBetweenAddNotValidAndValidateCommitsTheAddFirst() {
		String add = "ALTER TABLE orders ADD CONSTRAINT orders_positive CHECK (amount > 0) NOT VALID;\n";
		String validate = "ALTER TABLE orders VALIDATE CONSTRAINT orders_positive;";
		assertThat(LintFixtures.rulesFiredBy(add + validate)).contains("validate-constraint-in-same-transaction");
		assertThat(LintFixtures
			.rulesFiredBy(add + "-- migrate:autocommit\nSELECT 1;\n-- migrate:end-autocommit\n" + validate))
			.doesNotContain("validate-constraint-in-same-transaction");
	}

	@Test
	void transactionControlInsideABlockIsStillReported() {
		// migrate refuses it anywhere in a transactional revision.
		assertThat(LintFixtures.rulesFiredBy("-- migrate:autocommit\nCOMMIT;\n-- migrate:end-autocommit"))
			.contains("transaction-nesting");
	}

}
