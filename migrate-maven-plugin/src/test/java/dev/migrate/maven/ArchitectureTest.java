package dev.migrate.maven;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.migrate.testing.ArchitectureRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * migrate-maven-plugin's side of the architecture guard (docs/architecture.md): the
 * plugin reaches the engine and the CLI through their public API only.
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = ArchitectureRules.importModule(AbstractMigrateMojo.class);

	@Test
	void usesOnlyThePublicApi() {
		ArchitectureRules.usesNoForeignInternals().check(CLASSES);
	}

	@Test
	void goalsExposeNoInternalType() {
		ArchitectureRules.apiExposesNoInternalType(Set.of("dev.migrate.maven")).check(CLASSES);
	}

	@Test
	void everyPackageIsNullMarked() {
		ArchitectureRules.everyPackageNullMarked().check(CLASSES);
	}

}
