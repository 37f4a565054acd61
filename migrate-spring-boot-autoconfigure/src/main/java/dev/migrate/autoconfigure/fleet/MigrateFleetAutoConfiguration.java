package dev.migrate.autoconfigure.fleet;

import dev.migrate.FleetListener;
import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.result.FleetResult;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Auto-configuration of the migration fleet (docs/fleet.md): active when the application
 * declares a {@link FleetTargetsSupplier} bean or sets {@code migrate.fleet.schemas},
 * {@code migrate.fleet.targets-file} or {@code migrate.fleet.targets-query}. Runs the
 * application's engine's revisions over every target, at startup per
 * {@code migrate.fleet.mode}.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(Migrate.class)
@ConditionalOnSingleCandidate(Migrate.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@Conditional(MigrateFleetAutoConfiguration.FleetConfiguredCondition.class)
@EnableConfigurationProperties(MigrateFleetProperties.class)
public final class MigrateFleetAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FleetTargetsSupplier fleetTargetsSupplier(MigrateFleetProperties properties, Migrate engine) {
		return new PropertiesFleetTargetsSupplier(properties, engine.config());
	}

	@Bean
	@ConditionalOnMissingBean
	FleetMigrations fleetMigrations(Migrate engine, FleetTargetsSupplier targets, MigrateFleetProperties properties,
			ObjectProvider<FleetMeters> meters) {
		FleetMeters fleetMeters = meters.getIfAvailable();
		FleetListener listener = (fleetMeters != null) ? fleetMeters : new FleetListener() {
		};
		List<Consumer<FleetResult>> recorders = (fleetMeters != null) ? List.of(fleetMeters) : List.of();
		return new FleetMigrations(engine, targets, properties, listener, recorders);
	}

	@Bean
	@ConditionalOnMissingBean
	FleetInitializer fleetInitializer(FleetMigrations fleet, MigrateFleetProperties properties,
			ObjectProvider<MigrateProperties> migrateProperties) {
		return new FleetInitializer(fleet, properties,
				migrateProperties.getIfAvailable(MigrateProperties::new).getTarget());
	}

	static final class FleetConfiguredCondition extends AnyNestedCondition {

		FleetConfiguredCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(FleetTargetsSupplier.class)
		private static final class SupplierBean {

		}

		@ConditionalOnProperty("migrate.fleet.schemas")
		private static final class Schemas {

		}

		@ConditionalOnProperty("migrate.fleet.schemas[0]")
		private static final class SchemasList {

		}

		@ConditionalOnProperty("migrate.fleet.targets-file")
		private static final class TargetsFile {

		}

		@ConditionalOnProperty("migrate.fleet.targets-query")
		private static final class TargetsQuery {

		}

	}

}
