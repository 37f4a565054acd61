package dev.migrate.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.migrate.Migrate;
import dev.migrate.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * migrate-core's side of the architecture guard (docs/architecture.md): the API shows no
 * internal type, only the facade reaches into the engine, and the engine's packages form
 * no cycle.
 */
class ArchitectureTest {

	private static final JavaClasses CORE = ArchitectureRules.importModule(Migrate.class);

	@Test
	void apiExposesNoInternalType() {
		ArchitectureRules.apiExposesNoInternalType(ArchitectureRules.CORE_API_PACKAGES).check(CORE);
	}

	@Test
	void onlyTheFacadeReachesIntoTheEngine() {
		ArchitectureRules.apiBelowEngine().check(CORE);
	}

	@Test
	void packagesFormNoCycle() {
		ArchitectureRules.noPackageCycles().check(CORE);
	}

	@Test
	void everyPackageIsNullMarked() {
		ArchitectureRules.everyPackageNullMarked().check(CORE);
	}

}
