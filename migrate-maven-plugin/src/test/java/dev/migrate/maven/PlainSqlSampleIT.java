package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.maven.SampleBuild.Result;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * src/it/plain-sql: SQL revisions and nothing but the plugin declaration (with lint as an
 * execution, so it runs in the verify phase), the database given with -Dmigrate.*.
 */
class PlainSqlSampleIT {

	@Test
	void upgradeHistoryVerifyAndLintFromTheBuild() throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			SampleBuild build = SampleBuild.copy("plain-sql", "plain-sql", Map.of());
			String url = "-Dmigrate.url=" + database.jdbcUrl();
			String user = "-Dmigrate.user=" + database.user();
			String password = "-Dmigrate.password=" + database.password();

			Result upgrade = build.run("migrate:upgrade", "migrate:history", url, user, password);
			assertThat(upgrade.succeeded()).as(upgrade.output()).isTrue();
			assertThat(upgrade.output()).contains("a1b2c3d4e5f6", "b2c3d4e5f6a7", "add name to accounts");
			assertThat(versionRows(database)).isEqualTo("b2c3d4e5f6a7");

			Result verifyPhase = build.run("verify", url, user, password);
			assertThat(verifyPhase.succeeded()).as(verifyPhase.output()).isTrue();
			assertThat(verifyPhase.output()).contains("migrate-maven-plugin").contains(":lint");

			build.write("src/main/resources/db/revisions/c4d5e6f7a8b9_accounts_email_index.sql", """
					-- revision: c4d5e6f7a8b9
					-- revises: b2c3d4e5f6a7
					-- message: index accounts by email

					-- migrate:upgrade
					CREATE INDEX ix_accounts_email ON accounts (email);

					-- migrate:downgrade
					DROP INDEX ix_accounts_email;
					""");
			Result pending = build.run("migrate:verify", url, user, password);
			assertThat(pending.succeeded()).as(pending.output()).isFalse();
			assertThat(pending.output()).contains("c4d5e6f7a8b9").contains("BUILD FAILURE");

			Result lint = build.run("verify", url, user, password);
			assertThat(lint.succeeded()).as(lint.output()).isFalse();
			assertThat(lint.output()).contains("create-index-non-concurrently", "c4d5e6f7a8b9", "BUILD FAILURE");
			assertThat(versionRows(database)).as("lint never applies anything").isEqualTo("b2c3d4e5f6a7");
			assertThat(lint.output()).doesNotContain(database.password().isEmpty() ? "\u0000" : database.password());
		}
	}

	static String versionRows(TestDatabase database) throws Exception {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT string_agg(revision, ',') FROM migrate_version")) {
			rows.next();
			return rows.getString(1);
		}
	}

}
