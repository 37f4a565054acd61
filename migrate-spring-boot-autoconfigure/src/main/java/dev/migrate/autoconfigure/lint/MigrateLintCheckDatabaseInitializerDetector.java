package dev.migrate.autoconfigure.lint;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link MigrateLintCheck}. Spring Boot
 * initializes the initializers of each detector after those of detectors with a lower
 * order, so ordering this one before the migrate initializer's (order 1) makes the lint
 * check run before anything is verified or applied, without the initializer having to
 * know about linting.
 */
class MigrateLintCheckDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MigrateLintCheck.class);
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
