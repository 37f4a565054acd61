package dev.migrate.autoconfigure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.TestEngines;
import dev.migrate.internal.schema.PostgresSchemaReflector;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.SchemaModelSource;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /actuator/migrationsdrift} on real PostgreSQL: pending revisions first, then the
 * differences against the entity model, then none once they match; and its exposed / not
 * exposed / disabled / no-model conditions.
 */
@PostgresTest
class MigrationsDriftEndpointTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(MigrateAutoConfiguration.class, MigrationsDriftEndpointAutoConfiguration.class))
		.withUserConfiguration(TestEngines.SingleDataSource.class)
		.withPropertyValues("migrate.mode=none");

	@Test
	void reportsPendingThenDifferencesThenAMatch(TestDatabase database) throws Exception {
		Migrate engine = Migrate.create(
				MigrateConfig.builder().dataSource(database.dataSource()).locations("classpath:db/revisions").build());
		MigrationsDriftEndpoint againstEmptyModel = new MigrationsDriftEndpoint(Map.of("migrate", engine),
				SchemaModel::empty);

		DriftReportDescriptor pending = (DriftReportDescriptor) againstEmptyModel.drift();
		assertThat(pending.atHeads()).isFalse();
		assertThat(pending.matchesEntities()).isFalse();
		assertThat(pending.pending()).containsExactly("1a2b3c4d5e6f", "2b3c4d5e6f70");
		assertThat(pending.differences()).isEmpty();

		engine.upgrade();
		DriftReportDescriptor drifted = (DriftReportDescriptor) againstEmptyModel.drift();
		assertThat(drifted.atHeads()).isTrue();
		assertThat(drifted.matchesEntities()).isFalse();
		assertThat(drifted.current()).containsExactly("2b3c4d5e6f70");
		assertThat(drifted.differences()).anyMatch((line) -> line.contains("users"))
			.anyMatch((line) -> line.contains("orders"));

		SchemaModel actual;
		try (Connection connection = database.connect()) {
			actual = new PostgresSchemaReflector().reflect(connection, List.of("public"));
		}
		SchemaModelSource matching = () -> actual;
		DriftReportDescriptor clean = (DriftReportDescriptor) new MigrationsDriftEndpoint(Map.of("migrate", engine),
				matching)
			.drift();
		assertThat(clean.matchesEntities()).as(clean.differences().toString()).isTrue();
		assertThat(clean.differences()).isEmpty();
	}

	@Test
	void runsWhenExposedAndTheApplicationHasAnEntityModel() {
		this.runner.withUserConfiguration(EntityModel.class)
			.withPropertyValues("management.endpoints.web.exposure.include=migrationsdrift")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsDriftEndpoint.class));
		this.runner.withUserConfiguration(EntityModel.class)
			.withPropertyValues("management.endpoints.jmx.exposure.include=migrationsdrift", "spring.jmx.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsDriftEndpoint.class));
	}

	@Test
	void doesNotRunWhenNotExposedDisabledOrWithoutAModel() {
		this.runner.withUserConfiguration(EntityModel.class)
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsDriftEndpoint.class));
		this.runner.withUserConfiguration(EntityModel.class)
			.withPropertyValues("management.endpoints.web.exposure.include=migrationsdrift",
					"management.endpoint.migrationsdrift.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsDriftEndpoint.class));
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=migrationsdrift")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsDriftEndpoint.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class EntityModel {

		@Bean
		SchemaModelSource entityModel() {
			return SchemaModel::empty;
		}

	}

}
