package dev.migrate.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.migrate.testing.unmarked.UnmarkedType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The nullness rule of the guard, and migrate-test-support's own side of it: the rule
 * must reject a package without {@code @NullMarked}, or a passing guard would prove
 * nothing.
 */
class ArchitectureRulesTest {

	@Test
	void everyPackageOfThisModuleIsNullMarked() {
		JavaClasses module = ArchitectureRules.importModule(TestDatabase.class);
		ArchitectureRules.everyPackageNullMarked().check(module);
		assertThat(module.getPackage("dev.migrate.testing").isAnnotatedWith("org.jspecify.annotations.NullMarked"))
			.isTrue();
	}

	@Test
	void rejectsAPackageWithoutNullMarked() {
		// The whole package tree from the class path: this module's package-info with it.
		JavaClasses classes = new ClassFileImporter().importPackages("dev.migrate.testing");
		assertThat(classes.contain(UnmarkedType.class)).isTrue();
		assertThatThrownBy(() -> ArchitectureRules.everyPackageNullMarked().check(classes))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("package dev.migrate.testing.unmarked is not @NullMarked")
			.hasMessageContaining("(1 times)");
	}

}
