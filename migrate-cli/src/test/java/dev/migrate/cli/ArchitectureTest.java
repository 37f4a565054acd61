package dev.migrate.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.migrate.testing.ArchitectureRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * migrate-cli's side of the architecture guard (docs/architecture.md).
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = ArchitectureRules.importModule(MigrateCli.class);

	@Test
	void usesOnlyTheEnginesPublicApi() {
		ArchitectureRules.usesNoForeignInternals("dev.migrate.internal.cli").check(CLASSES);
	}

	@Test
	void publicApiExposesNoInternalType() {
		ArchitectureRules.apiExposesNoInternalType(Set.of("dev.migrate.cli")).check(CLASSES);
	}

	@Test
	void everyPackageIsNullMarked() {
		ArchitectureRules.everyPackageNullMarked().check(CLASSES);
	}

}
