package dev.migrate.autoconfigure;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link MigrateInitializer}: beans that depend
 * on database initialization (JPA, JdbcTemplate, jOOQ...) wait for the startup migration.
 */
class MigrateInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MigrateInitializer.class);
	}

	@Override
	public int getOrder() {
		// Same slot as Flyway's and Liquibase's initializers: after schema.sql/data.sql
		// scripts.
		return 1;
	}

}
