package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar app.jar migrate <command>} as operators and Kubernetes Jobs run it: a
 * separate JVM starting {@link MigrateTestApplication} (a web application: Tomcat is on
 * its classpath) that must run the command against its own configuration, print only the
 * command's output on stdout, exit with the command's code, and start neither the web
 * server nor JPA. The application is configured in verify mode with Hibernate validating
 * the schema, neither of which may stop {@code migrate upgrade} from running.
 */
@PostgresTest
class CommandModeIntegrationTests {

	private static final String HEAD = "2b3c4d5e6f70";

	@TempDir
	Path workDir;

	// One database per class: each test starts from an empty one.
	@BeforeEach
	void emptyDatabase(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA public CASCADE");
			statement.execute("CREATE SCHEMA public");
		}
	}

	@Test
	void runsCommandsAgainstTheApplicationsOwnConfigurationAndExitsWithTheirCode(TestDatabase database)
			throws Exception {
		AppProcess.Result verifyBefore = command(database, "migrate", "verify");
		assertThat(verifyBefore.code()).as(verifyBefore.all()).isEqualTo(3);
		assertThat(verifyBefore.out()).contains("1a2b3c4d5e6f");

		AppProcess.Result upgrade = command(database, "migrate", "upgrade", "heads");
		assertThat(upgrade.code()).as(upgrade.all()).isZero();
		assertThat(upgrade.out()).contains("Now at " + HEAD);
		assertThat(tableExists(database, "orders")).isTrue();

		AppProcess.Result usage = command(database, "migrate", "frobnicate");
		assertThat(usage.code()).as(usage.all()).isEqualTo(2);
		assertThat(usage.err()).contains("frobnicate");
		for (AppProcess.Result result : List.of(verifyBefore, upgrade, usage)) {
			assertThat(result.all()).doesNotContain("Tomcat started")
				.doesNotContain(MigrateTestApplication.ENTITY_MANAGER_FACTORY_STARTED);
		}
	}

	@Test
	void stdoutCarriesOnlyTheCommandsOutput(TestDatabase database) throws Exception {
		AppProcess.Result heads = command(database, "migrate", "heads");
		assertThat(heads.code()).as(heads.all()).isZero();
		// The CI idiom: `[ $(java -jar app.jar migrate heads | wc -l) -gt 1 ]`.
		assertThat(heads.out().lines().toList()).as(heads.all()).singleElement().asString().startsWith(HEAD);

		AppProcess.Result sql = command(database, "migrate", "upgrade", "--sql", "base:" + HEAD);
		assertThat(sql.code()).as(sql.all()).isZero();
		assertThat(sql.out()).contains("CREATE TABLE users", "CREATE TABLE orders")
			.doesNotContain(" INFO ", " WARN ", "Hikari", "Hibernate", "Started ");
		// Logs asked for go to stderr.
		AppProcess.Result debug = command(database, "--logging.level.dev.migrate=debug", "migrate", "heads");
		assertThat(debug.out().lines().toList()).as(debug.all()).singleElement().asString().startsWith(HEAD);
		assertThat(debug.err()).contains("DEBUG");
	}

	@Test
	void migrateAfterSpringOptionsRunsTheCommand(TestDatabase database) throws Exception {
		List<String> args = new ArrayList<>(settings(database));
		args.addAll(List.of("migrate", "upgrade", "1a2b3c4d5e6f"));
		AppProcess.Result upgrade = AppProcess.run(this.workDir, MigrateTestApplication.class, args);
		assertThat(upgrade.code()).as(upgrade.all()).isZero();
		assertThat(upgrade.all()).doesNotContain("Tomcat started");
		AppProcess.Result current = AppProcess.run(this.workDir, MigrateTestApplication.class, List.of(
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--server.port=0", "migrate", "current"));
		assertThat(current.code()).as(current.all()).isZero();
		assertThat(current.out()).startsWith("1a2b3c4d5e6f");
	}

	@Test
	void neverStartsJpaWhileTheApplicationDoes(TestDatabase database) throws Exception {
		assertThat(command(database, "migrate", "upgrade", "heads").code()).isZero();
		AppProcess.Result current = command(database, "migrate", "current");
		assertThat(current.code()).as(current.all()).isZero();
		assertThat(current.all()).doesNotContain(MigrateTestApplication.ENTITY_MANAGER_FACTORY_STARTED);
		AppProcess.Result check = command(database, "migrate", "check");
		assertThat(check.code()).as(check.all()).isIn(0, 3);
		assertThat(check.all()).doesNotContain(MigrateTestApplication.ENTITY_MANAGER_FACTORY_STARTED);

		// The same application started normally does start JPA: the witness works.
		List<String> normal = new ArrayList<>(settings(database));
		normal.add("--spring.main.web-application-type=none");
		AppProcess.Result started = AppProcess.run(this.workDir, MigrateTestApplication.class, normal);
		assertThat(started.code()).as(started.all()).isZero();
		assertThat(started.all()).contains(MigrateTestApplication.ENTITY_MANAGER_FACTORY_STARTED);
	}

	@Test
	void reportsConnectionAndAuthenticationErrorsAsSuchAndRetries(TestDatabase database) throws Exception {
		AppProcess.Result refused = AppProcess.run(this.workDir, MigrateTestApplication.class,
				List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere", "migrate", "--connect-retries",
						"2", "--connect-retry-interval", "700ms", "current"));
		assertThat(refused.code()).as(refused.all()).isEqualTo(1);
		assertThat(refused.err()).contains("Connection to 127.0.0.1:1 refused").doesNotContain("Dialect");
		// Two retries 0.7 s apart.
		assertThat(refused.millis()).isGreaterThan(1400);

		AppProcess.Result unknownRole = AppProcess.run(this.workDir, MigrateTestApplication.class,
				// Without the url's own user parameter, which would win over the
				// username.
				List.of("--spring.datasource.url=" + database.jdbcUrl().replaceFirst("\\?.*", ""),
						"--spring.datasource.username=nobody", "--spring.datasource.password=wrong", "migrate",
						"current"));
		assertThat(unknownRole.code()).as(unknownRole.all()).isEqualTo(1);
		assertThat(unknownRole.err())
			.containsAnyOf("role \"nobody\" does not exist", "password authentication failed for user \"nobody\"")
			.doesNotContain("Dialect")
			.doesNotContain("wrong");
	}

	private AppProcess.Result command(TestDatabase database, String... args) throws Exception {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(settings(database));
		return AppProcess.run(this.workDir, MigrateTestApplication.class, all);
	}

	private static List<String> settings(TestDatabase database) {
		return List.of("--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(), "--migrate.mode=verify",
				// Would fail startup on the unmigrated database if the command let
				// Hibernate validate.
				"--spring.jpa.hibernate.ddl-auto=validate", "--server.port=0");
	}

	private static boolean tableExists(TestDatabase database, String table) throws SQLException {
		try (Connection connection = database.connect();
				ResultSet tables = connection.getMetaData().getTables(null, "public", table, null)) {
			return tables.next();
		}
	}

}
