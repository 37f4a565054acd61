package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateListener;
import dev.migrate.Migration;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Auto-configuration for migrate: one engine for the application's DataSource (or
 * {@code migrate.url}, or a {@link MigrateDataSource @MigrateDataSource}), and an
 * initializer that applies or verifies revisions before anything else uses the database.
 * Backs off from creating the engine when the application declares its own
 * {@link Migrate} beans; the initializer then runs every one of them.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(Migrate.class)
@Conditional(MigrateAutoConfiguration.MigrateDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
public final class MigrateAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrateConfigFactory migrateConfigFactory(MigrateProperties properties, ResourceLoader resourceLoader,
			Environment environment, ObjectProvider<MigrateListener> listeners,
			ObjectProvider<MigrateListenerFactory> listenerFactories,
			ObjectProvider<MigrateConfigCustomizer> customizers) {
		return new MigrateConfigFactory(properties, resourceLoader.getClassLoader(), listeners, listenerFactories,
				customizers, environment.getProperty("spring.application.version"));
	}

	@Bean
	@ConditionalOnMissingBean(MigrateConnectionDetails.class)
	PropertiesMigrateConnectionDetails migrateConnectionDetails(MigrateProperties properties) {
		return new PropertiesMigrateConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean(Migrate.class)
	Migrate migrate(MigrateConfigFactory configs, MigrateConnectionDetails connectionDetails,
			ObjectProvider<DataSource> dataSource, @MigrateDataSource ObjectProvider<DataSource> migrateDataSource,
			ObjectProvider<Migration> migrations, ObjectProvider<ApplicationStartup> applicationStartup,
			Environment environment, ObjectProvider<RevisionPreload> preload) {
		// The application's own url, read before anything connects: a password pasted as
		// user info into a jdbc:postgresql:// url is no syntax the driver knows, and its
		// warnings and the pool's errors would quote pieces of it that no mask
		// recognises.
		// The engine's settings refuse such a url with a message that shows none of it.
		String applicationUrl = environment.getProperty("spring.datasource.url");
		if (applicationUrl != null) {
			MigrateConfig.builder().url(applicationUrl).build();
		}
		MigrationConnection connection = new MigrationConnection(connectionDetails, migrateDataSource.getIfAvailable(),
				dataSource.getIfUnique());
		ApplicationStartup startup = applicationStartup.getIfAvailable(() -> ApplicationStartup.DEFAULT);
		StartupStep beans = startup.start("migrate.revision-beans");
		List<Migration> revisionBeans = migrations.orderedStream().toList();
		beans.tag("count", String.valueOf(revisionBeans.size())).end();
		MigrateConfig.Builder config = connection.configure(configs, "migrate").migrations(revisionBeans);
		if (startup != ApplicationStartup.DEFAULT) {
			// The engine's phases as steps of their own (scan, load, build, and the
			// startup upgrade's connect, state read and check); nothing to record when
			// the application does not record steps.
			config.listener(new StartupStepListener(startup, "migrate"));
		}
		// Loading (scan, read, parse) and building the graph; nothing connects yet.
		// Usually
		// done meanwhile on a background thread (RevisionPreload): then this step is the
		// wait for it.
		StartupStep create = startup.start("migrate.engine.create").tag("engine", "migrate");
		try {
			MigrateConfig settings = config.build();
			RevisionPreload revisions = preload.getIfAvailable();
			@Nullable Migrate preloaded = (revisions != null) ? revisions.engineFor(settings) : null;
			create.tag("preloaded", String.valueOf(preloaded != null));
			return (preloaded != null) ? preloaded : Migrate.create(settings);
		}
		finally {
			create.end();
		}
	}

	@Bean
	@ConditionalOnMissingBean
	MigrateInitializer migrateInitializer(ListableBeanFactory beanFactory, MigrateProperties properties,
			ObjectProvider<MigrationStatusRecorder> recorders) {
		return new MigrateInitializer(beanFactory, properties, recorders);
	}

	// Static: a bean factory post-processor, created before the configuration class.
	@Bean
	static RevisionBeanDependencies migrateRevisionBeanDependencies() {
		return new RevisionBeanDependencies();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SchemaManagementProvider.class)
	static class SchemaManagementConfiguration {

		@Bean
		MigrateSchemaManagementProvider migrateSchemaManagementProvider(ObjectProvider<Migrate> engines) {
			return new MigrateSchemaManagementProvider(engines);
		}

	}

	// Makes EntityManagerFactory, JdbcTemplate and friends depend on the initializer.
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(DatabaseInitializationDependencyConfigurer.class)
	@Import(DatabaseInitializationDependencyConfigurer.class)
	static class DatabaseInitializationConfiguration {

	}

	static final class MigrateDataSourceCondition extends AnyNestedCondition {

		MigrateDataSourceCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnProperty("migrate.url")
		private static final class MigrateUrlCondition {

		}

		// A service connection (Testcontainers, Docker Compose) or the application's own.
		@ConditionalOnBean(MigrateConnectionDetails.class)
		private static final class ConnectionDetailsCondition {

		}

	}

}
