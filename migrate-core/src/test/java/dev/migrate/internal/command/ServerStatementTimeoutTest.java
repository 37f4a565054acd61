package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a statement timeout of migrate's own, revisions run under the one the DBA set
 * for the database; a configured one (zero included) replaces it.
 */
@PostgresTest
class ServerStatementTimeoutTest {

	@TempDir
	Path revisions;

	@Test
	void anUnsetStatementTimeoutLeavesTheDatabasesOwn() throws Exception {
		assertThat(statementTimeoutSeenByARevision(null)).isEqualTo("1234ms");
	}

	@Test
	void aConfiguredStatementTimeoutReplacesIt() throws Exception {
		assertThat(statementTimeoutSeenByARevision(Duration.ofSeconds(5))).isEqualTo("5s");
		assertThat(statementTimeoutSeenByARevision(Duration.ZERO)).isEqualTo("0");
	}

	private String statementTimeoutSeenByARevision(Duration configured) throws Exception {
		Files.writeString(this.revisions.resolve("st01_seen.sql"), """
				-- revision: st01
				-- migrate:upgrade
				CREATE TABLE seen AS SELECT current_setting('statement_timeout') AS statement_timeout;
				-- migrate:downgrade
				DROP TABLE seen;
				""");
		try (TestDatabase db = TestDatabase.create()) {
			try (Connection admin = db.connect(); Statement statement = admin.createStatement()) {
				statement.execute("ALTER DATABASE " + db.name() + " SET statement_timeout = '1234ms'");
			}
			MigrateConfig.Builder config = MigrateConfig.builder()
				.url(db.jdbcUrl())
				.user(db.user())
				.password(db.password())
				.locations("filesystem:" + this.revisions);
			if (configured != null) {
				config.statementTimeout(configured);
			}
			Migrate.create(config.build()).upgrade();
			return Fixtures.query(db, "SELECT statement_timeout FROM seen").get(0);
		}
	}

}
