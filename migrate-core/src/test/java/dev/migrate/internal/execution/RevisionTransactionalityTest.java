package dev.migrate.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migration;
import dev.migrate.Transactional;
import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.ops.Operations;
import dev.migrate.Direction;
import org.junit.jupiter.api.Test;

class RevisionTransactionalityTest {

	private static final Migration CONCURRENT_INDEX = new Migration() {
		@Override
		public void upgrade(Operations op) {
			op.addColumn("users", "email", dev.migrate.ops.ColumnType.TEXT);
			op.createIndex("ix_users_email", "users", i -> i.columns("email").concurrently());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropColumn("users", "email");
		}
	};

	private static final Migration ENUM_VALUE = op -> op.addEnumValue("mood", "meh");

	private final PostgresDialect dialect = new PostgresDialect();

	@Test
	void autoRunsInATransactionUnlessAnOperationCannot() {
		assertThat(RevisionTransactionality.decide(Revisions.of("r1", Transactional.AUTO, CONCURRENT_INDEX),
				Direction.UPGRADE, dialect))
			.isFalse();
		assertThat(RevisionTransactionality.decide(Revisions.of("r1", Transactional.AUTO, CONCURRENT_INDEX),
				Direction.DOWNGRADE, dialect))
			.isTrue();
	}

	@Test
	void falseNeverRunsInATransaction() {
		assertThat(RevisionTransactionality.decide(Revisions.of("r1", Transactional.FALSE, ENUM_VALUE),
				Direction.UPGRADE, dialect))
			.isFalse();
	}

	@Test
	void trueWithANonTransactionalOperationNamesRevisionOperationAndSql() {
		assertThatThrownBy(() -> RevisionTransactionality
			.decide(Revisions.of("9c3e5f8a1d2b", Transactional.TRUE, CONCURRENT_INDEX), Direction.UPGRADE, dialect))
			.isInstanceOf(NonTransactionalOperationException.class)
			.hasMessageContaining("Revision 9c3e5f8a1d2b is declared transactional = TRUE")
			.hasMessageContaining("CreateIndex")
			.hasMessageContaining("CREATE INDEX CONCURRENTLY ix_users_email ON users (email)")
			.satisfies(ex -> {
				NonTransactionalOperationException e = (NonTransactionalOperationException) ex;
				assertThat(e.revisionId()).isEqualTo("9c3e5f8a1d2b");
				assertThat(e.sql()).isEqualTo("CREATE INDEX CONCURRENTLY ix_users_email ON users (email)");
			});
	}

	@Test
	void enumValueDependsOnTheServerVersion() {
		assertThat(RevisionTransactionality.decide(Revisions.of("r2", Transactional.AUTO, ENUM_VALUE),
				Direction.UPGRADE, new PostgresDialect(11)))
			.isFalse();
		assertThat(RevisionTransactionality.decide(Revisions.of("r2", Transactional.AUTO, ENUM_VALUE),
				Direction.UPGRADE, new PostgresDialect(16)))
			.isTrue();
		assertThatThrownBy(() -> RevisionTransactionality.decide(Revisions.of("r2", Transactional.TRUE, ENUM_VALUE),
				Direction.UPGRADE, new PostgresDialect(11)))
			.isInstanceOf(NonTransactionalOperationException.class)
			.hasMessageContaining("ALTER TYPE mood ADD VALUE 'meh'");
	}

	@Test
	void rawJdbcStopsTheRecordingAndTheOperationsBeforeItStillCount() {
		Migration jdbcThenIndex = op -> {
			op.createIndex("ix", "t", i -> i.columns("a").concurrently());
			op.connection();
		};
		assertThat(RevisionTransactionality.decide(Revisions.of("r3", Transactional.AUTO, jdbcThenIndex),
				Direction.UPGRADE, dialect))
			.isFalse();
	}

}
