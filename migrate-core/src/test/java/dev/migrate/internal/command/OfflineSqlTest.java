package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.TransactionMode;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upgrade --sql} and {@code downgrade --sql} scripts, run with
 * {@code psql -v ON_ERROR_STOP=1}, reach the same schema and the same recorded heads as
 * the online commands.
 */
@PostgresTest
class OfflineSqlTest {

	@Test
	void offlineScriptsReachTheSameSchemaAndHeadsAsOnlineMode(@TempDir Path dir) throws Exception {
		try (TestDatabase online = TestDatabase.create(); TestDatabase offline = TestDatabase.create()) {
			Migrate onlineMigrate = Migrate.create(Fixtures.config(online, "graph").build());
			Migrate offlineMigrate = Migrate.create(Fixtures.config(offline, "graph").build());

			onlineMigrate.upgrade("c0001");
			psql(offline, script(dir, "to-c", out -> offlineMigrate.upgradeSql("c0001", out)));
			assertSameState(online, offline);

			onlineMigrate.upgrade("heads");
			String rest = script(dir, "c-to-heads", out -> offlineMigrate.upgradeSql("c0001:heads", out));
			psql(offline, rest);
			assertSameState(online, offline);
			String text = Files.readString(Path.of(rest));
			assertThat(text).contains("CREATE TABLE IF NOT EXISTS \"migrate_version\"", "BEGIN;", "COMMIT;",
					"CREATE INDEX CONCURRENTLY orders_user_id", "INSERT INTO \"migrate_history\"");
			// The non-transactional revision's statements run outside BEGIN/COMMIT.
			String f = text.substring(text.indexOf("f0001 (index orders concurrently)"));
			assertThat(f.indexOf("CREATE INDEX CONCURRENTLY")).isLessThan(f.indexOf("BEGIN;"));

			onlineMigrate.downgrade("base");
			psql(offline, script(dir, "heads-to-base", out -> offlineMigrate.downgradeSql("heads:base", out)));
			assertSameState(online, offline);
			assertThat(Fixtures.versions(offline)).isEmpty();

			assertThat(Fixtures.query(offline,
					"SELECT revision, direction, success, checksum IS NOT NULL, "
							+ "applied_by = current_user FROM migrate_history ORDER BY id"))
				.isEqualTo(Fixtures.query(online, "SELECT revision, direction, success, checksum IS NOT NULL, "
						+ "applied_by = current_user FROM migrate_history ORDER BY id"));
		}
	}

	@Test
	void scriptRunAgainstADatabaseAtAnotherRevisionStopsBeforeChangingAnything(@TempDir Path dir) throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(Fixtures.config(db, "graph").build());
			migrate.upgrade("a0001");
			String file = script(dir, "from-c", out -> migrate.upgradeSql("c0001:d0001", out));
			String output = psqlFailing(db, file);
			assertThat(output).contains("this script starts at c0001, but the database records a0001");
			assertThat(Fixtures.versions(db)).containsExactly("a0001");
			assertThat(Fixtures.query(db, "SELECT to_regclass('orders') IS NULL")).containsExactly("t");
		}
	}

	@Test
	void transactionModeAllScriptIsOneTransaction(@TempDir Path dir) throws Exception {
		try (TestDatabase online = TestDatabase.create(); TestDatabase offline = TestDatabase.create()) {
			Migrate.create(Fixtures.config(online, "graph").transactionMode(TransactionMode.ALL).build())
				.upgrade("d0001");
			Migrate offlineMigrate = Migrate
				.create(Fixtures.config(offline, "graph").transactionMode(TransactionMode.ALL).build());
			String file = script(dir, "all", out -> offlineMigrate.upgradeSql("d0001", out));
			String text = Files.readString(Path.of(file));
			assertThat(text.split("BEGIN;", -1)).hasSize(2);
			assertThat(text.split("COMMIT;", -1)).hasSize(2);
			psql(offline, file);
			assertSameState(online, offline);
		}
	}

	@Test
	void scriptRunWithPlainPsqlOnADatabaseAlreadyAtItsTargetStopsAtTheGuard(@TempDir Path dir) throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(Fixtures.config(db, "graph").build());
			String file = script(dir, "to-d", out -> migrate.upgradeSql("d0001", out));
			migrate.upgrade("d0001");
			List<String> history = Fixtures.query(db, "SELECT count(*) FROM migrate_history");
			// No -v ON_ERROR_STOP=1: the script's own \set stops it.
			Process process = startPsql(db, file, false);
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as(output).isNotZero();
			assertThat(output).contains("this script starts at base, but the database records d0001")
				.doesNotContain("INSERT", "CREATE TABLE users");
			assertThat(Fixtures.versions(db)).containsExactly("d0001");
			assertThat(Fixtures.query(db, "SELECT count(*) FROM migrate_history")).isEqualTo(history);
		}
	}

	@Test
	void versionRowChangesCheckTheirRowCountWhenTheRunnerIgnoresErrors(@TempDir Path dir) throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(Fixtures.config(db, "graph").build());
			migrate.upgrade("a0001");
			String text = scriptText(out -> migrate.upgradeSql("a0001:c0001", out));
			// Someone emptied the version table: c0001's statements succeed, its UPDATE
			// matches nothing.
			Fixtures.query(db, "DELETE FROM migrate_version RETURNING revision");
			// A runner that goes on after errors: neither the stop line nor the guard.
			String unguarded = text.replace("\\set ON_ERROR_STOP on", "")
				.replaceAll("(?s)-- Stops here unless.*?\\$migrate\\$;\n\n(?=-- Upgrade)", "");
			assertThat(unguarded).doesNotContain("Stops here").contains("GET DIAGNOSTICS");
			Path file = dir.resolve("unguarded.sql");
			Files.writeString(file, unguarded, StandardCharsets.UTF_8);
			Process process = startPsql(db, file.toString(), false);
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(output).contains("changed 0 row(s) instead of 1");
			// The revision's transaction could not commit: no second history row, heads
			// as
			// they were.
			assertThat(Fixtures.versions(db)).isEmpty();
			assertThat(Fixtures.query(db, "SELECT count(*) FROM migrate_history WHERE revision = 'c0001'"))
				.containsExactly("0");
			assertThat(
					Fixtures.query(db, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'email'"))
				.containsExactly("0");
		}
	}

	private static String scriptText(ScriptSource source) {
		StringWriter out = new StringWriter();
		source.write(out);
		return out.toString();
	}

	private static void assertSameState(TestDatabase online, TestDatabase offline) throws Exception {
		assertThat(Fixtures.versions(offline)).isEqualTo(Fixtures.versions(online));
		assertThat(Fixtures.schema(offline)).isEqualTo(Fixtures.schema(online));
	}

	private interface ScriptSource {

		void write(StringWriter out);

	}

	private static String script(Path dir, String name, ScriptSource source) throws Exception {
		StringWriter out = new StringWriter();
		source.write(out);
		Path file = dir.resolve(name + ".sql");
		Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
		return file.toString();
	}

	static void psql(TestDatabase db, String file) throws Exception {
		Process process = startPsql(db, file);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("psql output:\n" + output + "\nscript:\n" + Files.readString(Path.of(file)))
			.isZero();
	}

	private static String psqlFailing(TestDatabase db, String file) throws Exception {
		Process process = startPsql(db, file);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("psql output:\n" + output).isNotZero();
		return output;
	}

	private static Process startPsql(TestDatabase db, String file) throws Exception {
		return startPsql(db, file, true);
	}

	private static Process startPsql(TestDatabase db, String file, boolean onErrorStop) throws Exception {
		URI uri = URI.create(db.jdbcUrl().substring("jdbc:".length()));
		List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/psql", "-X", "-q"));
		if (onErrorStop) {
			command.addAll(List.of("-v", "ON_ERROR_STOP=1"));
		}
		command.addAll(List.of("-h", uri.getHost(), "-p", Integer.toString(uri.getPort()), "-U", db.user(), "-d",
				uri.getPath().substring(1), "-f", file));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", db.password() == null ? "" : db.password());
		return builder.start();
	}

}
