package dev.migrate.test;

import java.util.List;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives a Spring test a fresh PostgreSQL database of the kit's server (embedded unless
 * {@code MIGRATE_TEST_DATABASE_URL} names another) when it would otherwise have none that
 * suits migrate, so that a user adds the dependency and an annotation and nothing else:
 * <ul>
 * <li>a {@link MigrationChecks} class: its context starts (and migrates) on its own
 * database, never the one the application's settings name;</li>
 * <li>a test slice ({@code @DataJpaTest}, {@code @JdbcTest}, {@code @DataJdbcTest}) with
 * Boot's default {@code @AutoConfigureTestDatabase(replace = NON_TEST)}: Boot would
 * replace the DataSource with an in-memory database, which cannot run PostgreSQL
 * revisions; the kit's database counts as a test database for Boot, as a
 * {@code @DynamicPropertySource} one does.</li>
 * </ul>
 * {@code @AutoConfigureTestDatabase(replace = NONE)} keeps the application's own
 * settings, and a {@code @ServiceConnection} container wins over the kit's database (its
 * connection details come before {@code spring.datasource.*}). Registered in
 * {@code META-INF/spring.factories}, so only Spring's TestContext framework loads it.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	private static final String AUTO_CONFIGURE_TEST_DATABASE = "org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return needsDatabase(testClass) ? new TestDatabaseContextCustomizer() : null;
	}

	static boolean needsDatabase(Class<?> testClass) {
		if (TestContextAnnotationUtils.hasAnnotation(testClass, MigrationChecks.class)) {
			return true;
		}
		for (Class<?> type = testClass; type != null; type = enclosing(type)) {
			MergedAnnotation<?> testDatabase = MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY)
				.get(AUTO_CONFIGURE_TEST_DATABASE);
			if (testDatabase.isPresent()) {
				return "NON_TEST".equals(String.valueOf(testDatabase.getValue("replace").orElse(null)));
			}
		}
		return false;
	}

	private static Class<?> enclosing(Class<?> type) {
		return TestContextAnnotationUtils.searchEnclosingClass(type) ? type.getEnclosingClass() : null;
	}

}
