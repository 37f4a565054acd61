package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code migrate.target} limits the startup upgrade.
 */
@PostgresTest
class ApplyTargetIntegrationTests {

	@Test
	void upgradesOnlyToTheTarget(TestDatabase database) {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password(), "migrate.target=1a2b")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				var status = context.getBean(Migrate.class).status();
				assertThat(status.current()).containsExactly("1a2b3c4d5e6f");
				assertThat(status.pending()).extracting("id").containsExactly("2b3c4d5e6f70");
			});
	}

}
