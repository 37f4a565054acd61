package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateDataSource;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application connects as an unprivileged role that cannot create tables; migrations
 * connect as the owner, through
 * {@code migrate.url}/{@code migrate.user}/{@code migrate.password} or a
 * {@link MigrateDataSource @MigrateDataSource} bean.
 */
@PostgresTest
class SeparateDataSourceIntegrationTests {

	private static final String APP_ROLE = "migrate_app_role";

	@BeforeAll
	static void createUnprivilegedRole(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE
					+ "') THEN CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD 'app'; END IF; END $$");
			statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
			statement.execute("GRANT USAGE ON SCHEMA public TO " + APP_ROLE);
		}
	}

	@Test
	void migratesThroughMigrateUrlAsTheOwner(TestDatabase database) throws SQLException {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + withoutUser(database),
					"spring.datasource.username=" + APP_ROLE, "spring.datasource.password=app",
					"migrate.url=" + database.jdbcUrl(), "migrate.user=" + database.user(),
					"migrate.password=" + database.password())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				DataSource app = context.getBean(DataSource.class);
				try (Connection connection = app.getConnection(); Statement statement = connection.createStatement()) {
					// The application's own role could not have run the migration.
					assertThatExceptionOfType(SQLException.class)
						.isThrownBy(() -> statement.execute("CREATE TABLE app_cannot (id int)"));
				}
			});
		assertThat(appliedBy(database)).isEqualTo(database.user());
		assertThat(tableOwner(database, "users")).isEqualTo(database.user());
	}

	@Test
	void migratesThroughTheMigrateDataSource(TestDatabase database) throws SQLException {
		// Not a bean: the context would close (drop) it on shutdown.
		DataSource owner = dataSource(database, database.user(), database.password());
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
			.withBean("applicationDataSource", DataSource.class, () -> dataSource(database, APP_ROLE, "app"),
					(definition) -> definition.setPrimary(true))
			.withUserConfiguration(OwnerDataSourceConfiguration.class)
			.withBean("ownerDataSourceHolder", OwnerDataSource.class, () -> new OwnerDataSource(owner))
			.withPropertyValues("migrate.version-table=second_version", "migrate.history-table=second_history",
					"migrate.locations=classpath:db/billing")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(tableOwner(database, "invoices")).isEqualTo(database.user());
	}

	private static String appliedBy(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT DISTINCT applied_by FROM migrate_history")) {
			assertThat(rows.next()).isTrue();
			return rows.getString(1);
		}
	}

	private static String tableOwner(TestDatabase database, String table) throws SQLException {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = '" + table + "'")) {
			assertThat(rows.next()).as(table + " exists").isTrue();
			return rows.getString(1);
		}
	}

	// The test server's URL may carry its admin user as a parameter, which would win over
	// ours.
	static String withoutUser(TestDatabase database) {
		return database.jdbcUrl().replaceFirst("\\?.*$", "");
	}

	static DataSource dataSource(TestDatabase database, String user, String password) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(withoutUser(database));
		dataSource.setUser(user);
		dataSource.setPassword(password);
		return dataSource;
	}

	record OwnerDataSource(DataSource dataSource) {
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnerDataSourceConfiguration {

		@Bean
		@MigrateDataSource
		DataSource ownerDataSource(OwnerDataSource holder) {
			return holder.dataSource();
		}

	}

}
