package dev.migrate.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar upgrading a real database from a directory of SQL revisions, configured
 * by environment.
 */
@PostgresTest
@EnabledIfSystemProperty(named = "migrate.jar", matches = ".+")
class MigrateJarUpgradeIT {

	@Test
	void upgradesFromEnvironmentSettingsAndReportsCurrent(TestDatabase database, @TempDir Path revisions)
			throws Exception {
		Files.writeString(revisions.resolve("a0001_create_users.sql"), """
				-- revision: a0001
				-- message: create users

				-- migrate:upgrade
				CREATE TABLE users (id bigserial PRIMARY KEY, name text NOT NULL);

				-- migrate:downgrade
				DROP TABLE users;
				""");
		Map<String, String> env = Map.of("MIGRATE_URL", database.jdbcUrl(), "MIGRATE_USER", database.user(),
				"MIGRATE_PASSWORD", database.password(), "MIGRATE_LOCATIONS", "filesystem:" + revisions,
				"MIGRATE_CONNECT_RETRIES", "0");

		MigrateJar.Result upgrade = MigrateJar.run(env, "upgrade");
		assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
		assertThat(upgrade.out()).contains("upgrade <base> -> a0001, create users (").endsWith("Now at a0001\n");
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT revision FROM migrate_version")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("a0001");
		}

		MigrateJar.Result current = MigrateJar.run(env, "current");
		assertThat(current.out()).isEqualTo("a0001 (head)\n");
		assertThat(MigrateJar.run(env, "verify").exitCode()).isZero();
	}

	/**
	 * A fleet's targets do not each log their engine's progress: at 1,000 tenants that
	 * was 21,000 interleaved "Upgrading to ..." lines on stderr naming no tenant. The
	 * fleet's table says what happened; {@code --debug} shows each target's lines with
	 * its name.
	 */
	@Test
	void aFleetUpgradeLogsNoUnnamedPerTargetLines(TestDatabase database, @TempDir Path revisions) throws Exception {
		Files.writeString(revisions.resolve("a0001_create_users.sql"), """
				-- revision: a0001
				-- message: create users

				-- migrate:upgrade
				CREATE TABLE users (id bigint);

				-- migrate:downgrade
				DROP TABLE users;
				""");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b; CREATE SCHEMA tenant_c");
		}
		Map<String, String> env = Map.of("MIGRATE_URL", database.jdbcUrl(), "MIGRATE_USER", database.user(),
				"MIGRATE_PASSWORD", database.password(), "MIGRATE_LOCATIONS", "filesystem:" + revisions,
				"MIGRATE_CONNECT_RETRIES", "0");

		MigrateJar.Result upgrade = MigrateJar.run(env, "fleet", "upgrade", "--schemas", "tenant_a,tenant_b");
		assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
		assertThat(upgrade.out()).contains("tenant_a", "tenant_b", "2 targets: 2 up to date");
		assertThat(upgrade.err()).doesNotContain("Upgrading to", "Applied 1 revision");

		MigrateJar.Result debug = MigrateJar.run(env, "--debug", "fleet", "upgrade", "--schemas", "tenant_c");
		assertThat(debug.exitCode()).as(debug.err()).isZero();
		assertThat(debug.err()).contains("[tenant_c] Upgrading to a0001 (create users)",
				"[tenant_c] Applied 1 revision(s)");
	}

	@Test
	void aConnectionFailureExitsOneWithoutThePassword(TestDatabase database) throws Exception {
		MigrateJar.Result result = MigrateJar.run(
				Map.of("DATABASE_URL", "postgresql://app:Jar-pw-731@localhost:1/" + database.name()),
				"--connect-retries", "0", "--debug", "current");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("migrate: error: ").doesNotContain("Jar-pw-731");
		assertThat(result.out()).doesNotContain("Jar-pw-731");
	}

	@Test
	void sigtermMidRunSaysWhatWasRolledBackAndExits143(@TempDir Path revisions) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			sigtermMidRun(database, revisions);
		}
	}

	private void sigtermMidRun(TestDatabase database, Path revisions) throws Exception {
		Files.writeString(revisions.resolve("a0001_create_users.sql"), """
				-- revision: a0001
				-- migrate:upgrade
				CREATE TABLE users (id bigint);
				-- migrate:downgrade
				DROP TABLE users;
				""");
		Files.writeString(revisions.resolve("a0002_slow.sql"), """
				-- revision: a0002
				-- revises: a0001
				-- migrate:upgrade
				CREATE TABLE slow (id bigint);
				SELECT pg_sleep(60);
				-- migrate:downgrade
				DROP TABLE slow;
				""");
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				System.getProperty("migrate.jar"), "--locations", "filesystem:" + revisions, "upgrade");
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf(name -> name.startsWith("MIGRATE_") || name.equals("DATABASE_URL"));
		builder.environment()
			.putAll(Map.of("MIGRATE_URL", database.jdbcUrl(), "MIGRATE_USER", database.user(), "MIGRATE_PASSWORD",
					database.password()));
		Path err = Files.createTempFile("migrate-err", ".txt");
		try {
			Process process = builder.redirectError(err.toFile())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!Files.readString(err).contains("a0002") && process.isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(Files.readString(err)).contains("a0002");
			Thread.sleep(500);
			process.destroy(); // SIGTERM
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			String stderr = Files.readString(err);
			assertThat(process.exitValue()).as(stderr).isEqualTo(143);
			assertThat(stderr).contains("migrate: stopped by a signal during upgrade. upgrade of a0002 was running in "
					+ "its transaction and is rolled back by the server as the connection closes: nothing of it "
					+ "stays. Committed before: a0001.");
		}
		finally {
			Files.deleteIfExists(err);
		}
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT revision FROM migrate_version")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("a0001");
			assertThat(rs.next()).isFalse();
		}
	}

}
