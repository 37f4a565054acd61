package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.ops.Operations;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A Java revision that is a Spring bean runs at startup with its injected collaborators,
 * after the SQL revisions it revises.
 */
@PostgresTest
class JavaRevisionBeanIntegrationTests {

	@Test
	void runsRevisionBeansWithTheirCollaborators(TestDatabase database) throws SQLException {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
			.withUserConfiguration(RevisionBeans.class)
			.withPropertyValues("spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password())
			.run((context) -> assertThat(context).hasNotFailed());
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT name, email FROM users")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString("name")).isEqualTo("Administrator");
			assertThat(rows.getString("email")).isEqualTo("admin@example.com");
		}
	}

	/** A collaborator a data migration needs. */
	record AdminAccount(String name, String email) {
	}

	@Revision(id = "3c4d5e6f7081", revises = "2b3c4d5e6f70", message = "seed the administrator")
	static final class SeedAdministrator implements Migration {

		private final AdminAccount admin;

		SeedAdministrator(AdminAccount admin) {
			this.admin = admin;
		}

		@Override
		public void upgrade(Operations op) {
			op.execute("INSERT INTO users (name, email) VALUES (?, ?)", this.admin.name(), this.admin.email());
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("DELETE FROM users WHERE email = ?", this.admin.email());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RevisionBeans {

		@Bean
		AdminAccount adminAccount() {
			return new AdminAccount("Administrator", "admin@example.com");
		}

		@Bean
		SeedAdministrator seedAdministrator(AdminAccount admin) {
			return new SeedAdministrator(admin);
		}

	}

}
