package dev.migrate.autoconfigure;

import org.jspecify.annotations.Nullable;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * An unpooled DataSource to the application's database with other credentials. Kept in
 * its own class so that {@link MigrationConnection} loads without spring-boot-jdbc on the
 * classpath.
 */
final class DerivedDataSource {

	private DerivedDataSource() {
	}

	static DataSource create(DataSource applicationDataSource, String user, @Nullable String password) {
		return DataSourceBuilder.derivedFrom(applicationDataSource)
			.type(SimpleDriverDataSource.class)
			.username(user)
			.password(password)
			.build();
	}

}
