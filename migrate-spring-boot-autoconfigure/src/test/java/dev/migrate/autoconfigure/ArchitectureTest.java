package dev.migrate.autoconfigure;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.migrate.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * migrate-spring-boot-autoconfigure's side of the architecture guard
 * (docs/architecture.md).
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = ArchitectureRules.importModule(MigrateAutoConfiguration.class);

	@Test
	void usesOnlyThePublicApi() {
		ArchitectureRules.usesNoForeignInternals().check(CLASSES);
	}

	@Test
	void everyPackageIsNullMarked() {
		ArchitectureRules.everyPackageNullMarked().check(CLASSES);
	}

}
