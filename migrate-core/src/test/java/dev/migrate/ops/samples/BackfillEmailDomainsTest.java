package dev.migrate.ops.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Revision;
import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.Operations;
import dev.migrate.internal.execution.JavaRevisionChecksum;
import dev.migrate.internal.execution.JdbcOperationExecutor;
import dev.migrate.internal.execution.RecordedMigration;
import dev.migrate.internal.execution.RevisionTransactionality;
import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The backfill revision on 100,000 rows, timed for a few batch sizes. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackfillEmailDomainsTest {

	private static final int ROWS = 100_000;

	private static final String[] DOMAINS = { "Example.com", "mail.test", "ACME.org", "shop.example" };

	private final PostgresDialect dialect = new PostgresDialect();

	private Connection connection;

	@BeforeAll
	void seed(TestDatabase database) throws SQLException {
		connection = database.connect();
		Operations op = new Operations(new JdbcOperationExecutor(connection, dialect));
		op.createTable("accounts", t -> t.column("id", ColumnType.BIGINT, c -> c.identity().primaryKey())
			.column("email", ColumnType.TEXT, c -> c.notNull()));
		List<List<?>> rows = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			rows.add(List.of("user" + i + "@" + DOMAINS[i % DOMAINS.length]));
		}
		long start = System.nanoTime();
		op.bulkInsert("accounts", List.of("email"), rows, 1_000);
		System.out.printf("[backfill] bulkInsert of %,d rows in batches of 1,000: %d ms%n", ROWS, millisSince(start));
	}

	@AfterAll
	void close() throws SQLException {
		connection.close();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1_000, 5_000, 20_000 })
	void backfillsEveryRowInBatches(int batchSize) throws Exception {
		BackfillEmailDomains revision = new BackfillEmailDomains(batchSize);
		RevisionScript script = script(revision);
		assertThat(RevisionTransactionality.decide(script, Direction.UPGRADE, dialect)).isFalse();

		connection.setAutoCommit(true);
		long start = System.nanoTime();
		revision.upgrade(new Operations(new JdbcOperationExecutor(connection, dialect)));
		long millis = millisSince(start);
		System.out.printf("[backfill] %,d rows, batch size %,d: %d batches, %d ms%n", ROWS, batchSize,
				revision.batches(), millis);

		assertThat(revision.batches()).isEqualTo((ROWS + batchSize - 1) / batchSize);
		assertThat(count("SELECT count(*) FROM accounts WHERE email_domain = lower(split_part(email, '@', 2))"))
			.isEqualTo(ROWS);
		assertThat(count("SELECT count(DISTINCT email_domain) FROM accounts")).isEqualTo(DOMAINS.length);
		assertThat(count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'accounts'"
				+ " AND column_name = 'email_domain' AND is_nullable = 'NO'"))
			.isEqualTo(1);

		revision.downgrade(new Operations(new JdbcOperationExecutor(connection, dialect)));
		assertThat(count("SELECT count(*) FROM information_schema.columns WHERE column_name = 'email_domain'"))
			.isZero();
	}

	@Test
	void batchSizeCanComeFromASystemProperty() {
		System.setProperty(BackfillEmailDomains.BATCH_SIZE_PROPERTY, "123");
		try {
			BackfillEmailDomains revision = new BackfillEmailDomains();
			assertThat(revision).extracting("batchSize").isEqualTo(123);
		}
		finally {
			System.clearProperty(BackfillEmailDomains.BATCH_SIZE_PROPERTY);
		}
	}

	@Test
	void rawJdbcMeansNoOfflineRenderingAndAClassFileChecksum() {
		BackfillEmailDomains revision = new BackfillEmailDomains(1_000);
		RecordedMigration upgrade = RecordedMigration.of(revision, Direction.UPGRADE, "b7f3a91c0d2e");
		assertThat(upgrade.usesJdbc()).isTrue();
		assertThat(upgrade.operations()).hasSize(1);
		assertThat(JavaRevisionChecksum.of(script(revision), dialect))
			.isEqualTo(JavaRevisionChecksum.ofClass(BackfillEmailDomains.class));
	}

	private static RevisionScript script(BackfillEmailDomains revision) {
		Revision annotation = BackfillEmailDomains.class.getAnnotation(Revision.class);
		return new RevisionScript(annotation.id(), List.of(), Set.of(), List.of(), annotation.message(),
				annotation.transactional(), null, new SourceLocation(BackfillEmailDomains.class.getName(), 0), revision,
				true);
	}

	private long count(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
