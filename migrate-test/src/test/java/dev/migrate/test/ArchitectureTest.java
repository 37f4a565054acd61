package dev.migrate.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.migrate.testing.ArchitectureRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * migrate-test's side of the architecture guard (docs/architecture.md): it reaches the
 * engine through the public API only, and its own public API ({@code dev.migrate.test},
 * what applications compile their tests against) shows no internal type.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = ArchitectureRules.importModule(MigrationChecks.class);

	@Test
	void usesOnlyThePublicApi() {
		ArchitectureRules.usesNoForeignInternals().check(CLASSES);
	}

	@Test
	void apiExposesNoInternalType() {
		ArchitectureRules.apiExposesNoInternalType(Set.of("dev.migrate.test")).check(CLASSES);
	}

	@Test
	void everyPackageIsNullMarked() {
		ArchitectureRules.everyPackageNullMarked().check(CLASSES);
	}

}
