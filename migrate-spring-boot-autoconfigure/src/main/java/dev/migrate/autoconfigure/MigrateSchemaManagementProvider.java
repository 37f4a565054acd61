package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Hibernate's auto-configuration that migrate manages the schema of the DataSources
 * its engines use, so {@code spring.jpa.hibernate.ddl-auto} defaults to {@code none}
 * instead of {@code create-drop} on embedded databases.
 */
class MigrateSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<Migrate> engines;

	MigrateSchemaManagementProvider(ObjectProvider<Migrate> engines) {
		this.engines = engines;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return this.engines.stream().map((engine) -> engine.config().dataSource()).anyMatch(dataSource::equals)
				? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
