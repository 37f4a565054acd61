package dev.migrate.autoconfigure;

import dev.migrate.MigrateConfig;
import javax.sql.DataSource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Chooses how the auto-configured engine connects, in this order: a
 * {@link MigrateDataSource @MigrateDataSource} bean; {@code migrate.url} (with
 * {@code migrate.user}/{@code migrate.password}); the application's DataSource as
 * {@code migrate.user} (when only the user is set); the application's DataSource.
 */
final class MigrationConnection {

	private static final String DATA_SOURCE_BUILDER = "org.springframework.boot.jdbc.DataSourceBuilder";

	private final MigrateProperties properties;

	private final DataSource migrateDataSource;

	private final DataSource applicationDataSource;

	MigrationConnection(MigrateProperties properties, DataSource migrateDataSource, DataSource applicationDataSource) {
		this.properties = properties;
		this.migrateDataSource = migrateDataSource;
		this.applicationDataSource = applicationDataSource;
	}

	MigrateConfig.Builder configure(MigrateConfigFactory configs, String engineName) {
		if (this.migrateDataSource != null) {
			return configs.builder(engineName, this.migrateDataSource);
		}
		if (StringUtils.hasText(this.properties.getUrl())) {
			// The engine connects through DriverManager itself, so no Spring JDBC is
			// needed here.
			return configs.builder(engineName, this.properties.getUrl(), this.properties.getUser(),
					this.properties.getPassword());
		}
		if (this.applicationDataSource == null) {
			throw new IllegalStateException("migrate found no unique DataSource to migrate: mark one with "
					+ "@MigrateDataSource (or @Primary), set migrate.url, or declare one Migrate bean per DataSource");
		}
		if (StringUtils.hasText(this.properties.getUser())) {
			return configs.builder(engineName, derivedDataSource());
		}
		return configs.builder(engineName, this.applicationDataSource);
	}

	private DataSource derivedDataSource() {
		if (!ClassUtils.isPresent(DATA_SOURCE_BUILDER, getClass().getClassLoader())) {
			throw new IllegalStateException("migrate.user without migrate.url needs spring-boot-jdbc to derive a "
					+ "DataSource from the application's; set migrate.url as well");
		}
		return DerivedDataSource.create(this.applicationDataSource, this.properties.getUser(),
				this.properties.getPassword());
	}

}
