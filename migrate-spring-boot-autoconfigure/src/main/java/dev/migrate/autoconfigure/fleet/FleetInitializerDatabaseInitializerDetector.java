package dev.migrate.autoconfigure.fleet;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link FleetInitializer}: beans that depend
 * on database initialization (JPA, JdbcTemplate, jOOQ...) wait for the startup fleet run.
 */
class FleetInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(FleetInitializer.class);
	}

	@Override
	public int getOrder() {
		// After the single-engine initializer (order 1): the application's own schema
		// first.
		return 2;
	}

}
