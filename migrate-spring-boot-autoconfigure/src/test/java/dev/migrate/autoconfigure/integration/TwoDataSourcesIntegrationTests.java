package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateConfigFactory;
import dev.migrate.autoconfigure.endpoint.EngineDescriptor;
import dev.migrate.autoconfigure.endpoint.EnginesDescriptor;
import dev.migrate.autoconfigure.endpoint.MigrationsEndpoint;
import dev.migrate.autoconfigure.endpoint.MigrationsEndpointAutoConfiguration;
import dev.migrate.autoconfigure.metrics.MigrateMetricsAutoConfiguration;
import dev.migrate.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two DataSources, one engine each with its own revisions and state; the endpoint shows
 * both under {@code engines}, and the gauges are tagged by engine.
 */
class TwoDataSourcesIntegrationTests {

	private static final TestDatabase orders = TestDatabase.create();

	private static final TestDatabase billing = TestDatabase.create();

	@AfterAll
	static void dropDatabases() {
		orders.close();
		billing.close();
	}

	@Test
	void migratesEachDatabaseWithItsOwnEngine() throws SQLException {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class,
					MigrationsEndpointAutoConfiguration.class, MigrateMetricsAutoConfiguration.class))
			.withUserConfiguration(TwoEnginesConfiguration.class)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				EnginesDescriptor described = (EnginesDescriptor) context.getBean(MigrationsEndpoint.class)
					.migrations();
				assertThat(described.engines()).containsOnlyKeys("ordersMigrate", "billingMigrate");
				EngineDescriptor ordersState = described.engines().get("ordersMigrate");
				assertThat(ordersState.current()).containsExactly("2b3c4d5e6f70");
				assertThat(ordersState.upToDate()).isTrue();
				EngineDescriptor billingState = described.engines().get("billingMigrate");
				assertThat(billingState.current()).containsExactly("9f8e7d6c5b4a");
				assertThat(billingState.applied()).extracting("revision").containsExactly("9f8e7d6c5b4a");
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("migrate.revisions.applied").tag("engine", "ordersMigrate").gauge().value())
					.isEqualTo(2);
				assertThat(meters.get("migrate.revisions.applied").tag("engine", "billingMigrate").gauge().value())
					.isEqualTo(1);
			});
		assertThat(tableExists(orders, "orders")).isTrue();
		assertThat(tableExists(orders, "invoices")).isFalse();
		assertThat(tableExists(billing, "invoices")).isTrue();
		assertThat(tableExists(billing, "users")).isFalse();
	}

	private static boolean tableExists(TestDatabase database, String table) throws SQLException {
		try (Connection connection = database.connect();
				ResultSet tables = connection.getMetaData().getTables(null, "public", table, null)) {
			return tables.next();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoEnginesConfiguration {

		@Bean
		DataSource ordersDataSource() {
			return orders.dataSource();
		}

		@Bean
		DataSource billingDataSource() {
			return billing.dataSource();
		}

		@Bean
		Migrate ordersMigrate(@Qualifier("ordersDataSource") DataSource dataSource, MigrateConfigFactory configs) {
			return Migrate.create(configs.builder("ordersMigrate", dataSource).build());
		}

		@Bean
		Migrate billingMigrate(@Qualifier("billingDataSource") DataSource dataSource, MigrateConfigFactory configs) {
			return Migrate
				.create(configs.builder("billingMigrate", dataSource).locations("classpath:db/billing").build());
		}

	}

}
