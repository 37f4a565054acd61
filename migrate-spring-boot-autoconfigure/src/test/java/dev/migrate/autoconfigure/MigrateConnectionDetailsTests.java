package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@link MigrateConnectionDetails}: from {@code migrate.*} properties by default, from a
 * service connection (a bean of the type, as Testcontainers' {@code @ServiceConnection}
 * and Docker Compose register it) when there is one, which then needs no property and no
 * DataSource.
 */
@PostgresTest
class MigrateConnectionDetailsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class));

	@Test
	void propertiesAreTheDefaultDetails() {
		this.runner
			.withPropertyValues("migrate.mode=none", "migrate.url=jdbc:postgresql://db.example.com/app",
					"migrate.user=owner", "migrate.password=secret")
			.run((context) -> {
				MigrateConnectionDetails details = context.getBean(MigrateConnectionDetails.class);
				assertThat(details).isInstanceOf(PropertiesMigrateConnectionDetails.class);
				assertThat(details.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com/app");
				assertThat(context.getBean(Migrate.class).config().user()).isEqualTo("owner");
			});
	}

	@Test
	void aServiceConnectionIsMigratedWithoutPropertiesOrDataSource(TestDatabase database) throws Exception {
		this.runner.withBean(MigrateConnectionDetails.class, () -> new MigrateConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return database.user();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

		}).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(PropertiesMigrateConnectionDetails.class);
			assertThat(context.getBean(Migrate.class).config().url()).isEqualTo(database.jdbcUrl());
		});
		try (Connection connection = database.connect();
				ResultSet rows = connection.createStatement().executeQuery("SELECT revision FROM migrate_version")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("2b3c4d5e6f70");
		}
	}

	@Test
	void dockerComposeJdbcDetailsAreAdapted() {
		JdbcConnectionDetails jdbc = new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "app";
			}

			@Override
			public String getPassword() {
				return "secret";
			}

			@Override
			public String getJdbcUrl() {
				return "jdbc:postgresql://compose-db:5432/app";
			}

		};
		Map<Class<?>, ConnectionDetails> details = new ConnectionDetailsFactories(getClass().getClassLoader())
			.getConnectionDetails(jdbc, true);
		assertThat(details).containsKey(MigrateConnectionDetails.class);
		MigrateConnectionDetails migrate = (MigrateConnectionDetails) details.get(MigrateConnectionDetails.class);
		assertThat(migrate.getJdbcUrl()).isEqualTo("jdbc:postgresql://compose-db:5432/app");
		assertThat(migrate.getUsername()).isEqualTo("app");
		assertThat(migrate.getPassword()).isEqualTo("secret");
	}

}
