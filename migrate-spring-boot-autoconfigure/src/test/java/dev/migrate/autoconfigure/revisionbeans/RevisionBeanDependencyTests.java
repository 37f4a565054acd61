package dev.migrate.autoconfigure.revisionbeans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import dev.migrate.autoconfigure.PendingMigrationsException;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Java revision beans that inject what a data migration reasonably needs (a
 * {@code JdbcTemplate}, a {@code JdbcClient}, the {@code DataSource}, a Spring Data
 * repository) neither skip nor reorder the startup migration: in apply mode every
 * revision runs, in order, before the application's own beans read the database; in
 * verify mode the pending revisions are found. Each of these collaborators waits for the
 * migration itself, which used to leave the initializer without its engine: startup then
 * skipped migrating, silently. {@code java -jar app.jar migrate upgrade} (command mode)
 * creates them with the same collaborators.
 */
@PostgresTest
class RevisionBeanDependencyTests {

	private static final List<String> NOTES = List.of("jdbc-template", "jdbc-client", "data-source", "repository");

	@BeforeEach
	void emptyDatabase(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA public CASCADE");
			statement.execute("CREATE SCHEMA public");
		}
	}

	@Test
	void applyModeRunsEveryRevisionBeanInOrderBeforeTheApplicationUsesTheDatabase(TestDatabase database) {
		try (ConfigurableApplicationContext context = start(database, "apply")) {
			assertThat(context.getBean(NotesApplication.NotesReport.class).bodiesAtStartup).isEqualTo(NOTES);
		}
		// Restarting finds nothing to do.
		try (ConfigurableApplicationContext context = start(database, "apply")) {
			assertThat(context.getBean(NotesApplication.NotesReport.class).bodiesAtStartup).isEqualTo(NOTES);
		}
	}

	@Test
	void verifyModeFindsThePendingRevisionBeansAndStartsOnceApplied(TestDatabase database) {
		assertThatException().isThrownBy(() -> start(database, "verify").close())
			.havingRootCause()
			.isInstanceOf(PendingMigrationsException.class)
			.withMessageContaining("5 pending revision(s)");
		start(database, "apply").close();
		try (ConfigurableApplicationContext context = start(database, "verify")) {
			assertThat(context.getBean(NotesApplication.NotesReport.class).bodiesAtStartup).isEqualTo(NOTES);
		}
	}

	@Test
	void commandModeUpgradeCreatesTheRevisionBeansWithTheirCollaborators(TestDatabase database) throws SQLException {
		// Command mode makes beans lazy and leaves out what only serves a running
		// application; what the revision beans inject must still be there.
		new SpringApplicationBuilder(NotesApplication.class)
			.properties("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password(), "migrate.locations=classpath:db/notes")
			.run("migrate", "upgrade", "heads");
		List<String> bodies = new ArrayList<>();
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT body FROM notes ORDER BY id")) {
			while (rows.next()) {
				bodies.add(rows.getString(1));
			}
		}
		assertThat(bodies).isEqualTo(NOTES);
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String mode) {
		return new SpringApplicationBuilder(NotesApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password(), "migrate.locations=classpath:db/notes",
					"migrate.mode=" + mode, "spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off")
			.run();
	}

}
