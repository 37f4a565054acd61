package dev.migrate.demo;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.migrate.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * demo-app's side of the architecture guard (docs/architecture.md).
 */
class ArchitectureTest {

	private static final JavaClasses CLASSES = ArchitectureRules.importModule(DemoApplication.class);

	@Test
	void usesOnlyThePublicApi() {
		ArchitectureRules.usesNoForeignInternals().check(CLASSES);
	}

}
