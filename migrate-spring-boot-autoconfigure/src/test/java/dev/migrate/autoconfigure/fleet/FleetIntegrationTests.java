package dev.migrate.autoconfigure.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.FleetTarget;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.endpoint.EngineDescriptor;
import dev.migrate.autoconfigure.endpoint.MigrationsEndpoint;
import dev.migrate.autoconfigure.endpoint.MigrationsEndpointAutoConfiguration;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A fleet of tenant schemas in a real application context on real PostgreSQL: startup
 * apply and verify, the endpoint's fleet summary, health and meters.
 */
@PostgresTest
class FleetIntegrationTests {

	private final TestDatabase database;

	private final ApplicationContextRunner runner;

	FleetIntegrationTests(TestDatabase database) {
		this.database = database;
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
					MigrateFleetAutoConfiguration.class, MigrateFleetMetricsAutoConfiguration.class,
					FleetHealthContributorAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class))
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password(), "migrate.mode=none",
					"management.endpoints.web.exposure.include=migrations");
	}

	@BeforeEach
	void dropTenants() throws Exception {
		execute("DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant_%'"
				+ " LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$");
	}

	@Test
	void appliesAcrossTheFleetAtStartupAndReportsItThroughEndpointHealthAndMeters() {
		this.runner.withPropertyValues("migrate.fleet.schemas=tenant_a,tenant_b").run((context) -> {
			assertThat(context).hasNotFailed();
			EngineDescriptor body = (EngineDescriptor) context.getBean(MigrationsEndpoint.class).migrations();
			assertThat(body.fleet().targets()).isEqualTo(2);
			assertThat(body.fleet().upToDate()).isEqualTo(2);
			assertThat(body.fleet().notUpToDate()).isEmpty();
			Health health = context.getBean("migrationsFleetHealthContributor", HealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("migrate.fleet.targets").tag("state", "up-to-date").gauge().value()).isEqualTo(2);
			// The application's own schema was left alone (migrate.mode=none).
			assertThat(body.current()).isEmpty();
		});
	}

	@Test
	void aFailingTenantIsNamedWithRevisionAndErrorAndMakesHealthDown() throws Exception {
		execute("CREATE SCHEMA tenant_bad");
		// The tenant already has a users table, so 'create users' fails there and only
		// there.
		execute("CREATE TABLE tenant_bad.users (id int)");
		this.runner.withUserConfiguration(Tenants.class)
			.withPropertyValues("migrate.fleet.on-failure=warn")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				EngineDescriptor body = (EngineDescriptor) context.getBean(MigrationsEndpoint.class).migrations();
				assertThat(body.fleet().upToDate()).isEqualTo(2);
				assertThat(body.fleet().failed()).isEqualTo(1);
				FleetTargetDescriptor failed = body.fleet().notUpToDate().get(0);
				assertThat(failed.target()).isEqualTo("tenant_bad");
				assertThat(failed.state()).isEqualTo("failed");
				assertThat(failed.revision()).isEqualTo("1a2b3c4d5e6f");
				assertThat(failed.error()).contains("already exists");
				Health health = context.getBean("migrationsFleetHealthContributor", HealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(
						meters.get("migrate.fleet.target.failures").tag("revision", "1a2b3c4d5e6f").counter().count())
					.isEqualTo(1);
				assertThat(meters.get("migrate.fleet.targets").tag("state", "failed").gauge().value()).isEqualTo(1);
			});
		this.runner.withUserConfiguration(Tenants.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(FleetFailedException.class)
				.hasMessageContaining("tenant_bad: failed at 1a2b3c4d5e6f"));
	}

	@Test
	void verifyModeFailsStartupWhileTenantsArePendingAndTouchesNothing() throws Exception {
		this.runner.withPropertyValues("migrate.fleet.schemas=tenant_a,tenant_b", "migrate.fleet.mode=verify")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("2 pending"));
		this.runner
			.withPropertyValues("migrate.fleet.schemas=tenant_a,tenant_b", "migrate.fleet.mode=verify",
					"migrate.fleet.on-pending=warn", "migrate.fleet.out-of-service-states=pending")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Health health = context.getBean("migrationsFleetHealthContributor", HealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
				assertThat(health.getDetails()).containsEntry("pending", 2);
			});
		assertThat(schemaExists("tenant_a")).isFalse();
	}

	@Test
	void noFleetWithoutTargets() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(FleetMigrations.class);
			EngineDescriptor body = (EngineDescriptor) context.getBean(MigrationsEndpoint.class).migrations();
			assertThat(body.fleet()).isNull();
		});
	}

	private void execute(String sql) throws Exception {
		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private boolean schemaExists(String schema) throws Exception {
		try (Connection connection = this.database.connect();
				Statement statement = connection.createStatement();
				var rs = statement.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'")) {
			rs.next();
			return rs.getInt(1) > 0;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Tenants {

		@Bean
		FleetTargetsSupplier tenants() {
			return () -> List.of(FleetTarget.schema("tenant_a"), FleetTarget.schema("tenant_bad"),
					FleetTarget.schema("tenant_b"));
		}

	}

}
