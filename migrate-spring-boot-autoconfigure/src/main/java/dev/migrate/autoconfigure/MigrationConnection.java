package dev.migrate.autoconfigure;

import dev.migrate.MigrateConfig;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Chooses how the auto-configured engine connects, in this order: a
 * {@link MigrateDataSource @MigrateDataSource} bean; the URL of the
 * {@link MigrateConnectionDetails} ({@code migrate.url} with
 * {@code migrate.user}/{@code migrate.password}, or a service connection); the
 * application's DataSource as the details' user (when only the user is set); the
 * application's DataSource.
 */
final class MigrationConnection {

	private static final String DATA_SOURCE_BUILDER = "org.springframework.boot.jdbc.DataSourceBuilder";

	private final MigrateConnectionDetails details;

	private final @Nullable DataSource migrateDataSource;

	private final @Nullable DataSource applicationDataSource;

	MigrationConnection(MigrateConnectionDetails details, @Nullable DataSource migrateDataSource,
			@Nullable DataSource applicationDataSource) {
		this.details = details;
		this.migrateDataSource = migrateDataSource;
		this.applicationDataSource = applicationDataSource;
	}

	MigrateConfig.Builder configure(MigrateConfigFactory configs, String engineName) {
		if (this.migrateDataSource != null) {
			return configs.builder(engineName, this.migrateDataSource);
		}
		String url = this.details.getJdbcUrl();
		if (StringUtils.hasText(url)) {
			// The engine connects through DriverManager itself, so no Spring JDBC is
			// needed here.
			return configs.builder(engineName, url, this.details.getUsername(), this.details.getPassword());
		}
		if (this.applicationDataSource == null) {
			throw new IllegalStateException("migrate found no unique DataSource to migrate: mark one with "
					+ "@MigrateDataSource (or @Primary), set migrate.url, or declare one Migrate bean per DataSource");
		}
		String user = this.details.getUsername();
		if (StringUtils.hasText(user)) {
			return configs.builder(engineName, derivedDataSource(this.applicationDataSource, user));
		}
		return configs.builder(engineName, this.applicationDataSource);
	}

	private DataSource derivedDataSource(DataSource applicationDataSource, String user) {
		if (!ClassUtils.isPresent(DATA_SOURCE_BUILDER, getClass().getClassLoader())) {
			throw new IllegalStateException("migrate.user without migrate.url needs spring-boot-jdbc to derive a "
					+ "DataSource from the application's; set migrate.url as well");
		}
		return DerivedDataSource.create(applicationDataSource, user, this.details.getPassword());
	}

}
