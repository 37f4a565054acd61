package dev.migrate.test;

import dev.migrate.Migrate;
import dev.migrate.schema.SchemaModelSource;
import dev.migrate.testing.TestDatabaseServer;
import dev.migrate.testing.TestDatabaseServers;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestContextManager;
import org.springframework.util.ClassUtils;

/**
 * Takes a Spring test's revisions (Java revision beans included), entity model and
 * database server from its application context, loaded through Spring's TestContext
 * framework (and so shared with the class's own tests through the context cache). Only
 * loaded when spring-test is on the class path.
 */
final class SpringMigrationTargets {

	private static final String JDBC_CONNECTION_DETAILS = "org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails";

	private SpringMigrationTargets() {
	}

	static boolean isSpringTest(Class<?> testClass) {
		MergedAnnotations annotations = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY);
		return annotations.isPresent(BootstrapWith.class) || annotations.isPresent(ContextConfiguration.class);
	}

	static MigrationTarget of(Class<?> testClass, MigrationChecks settings) {
		ApplicationContext context = new TestContextManager(testClass).getTestContext().getApplicationContext();
		Migrate engine = engine(context, settings, testClass);
		SchemaModelSource model = context.getBeanProvider(SchemaModelSource.class).getIfUnique();
		String modelSource = (model != null) ? "the context's " + model.getClass().getSimpleName()
				: "the test's application context has no SchemaModelSource bean (it comes with JPA entities)";
		return MigrationTarget.of(engine.config(), model, modelSource, server(context), settings);
	}

	private static Migrate engine(ApplicationContext context, MigrationChecks settings, Class<?> testClass) {
		Map<String, Migrate> engines = context.getBeansOfType(Migrate.class);
		if (!settings.engine().isEmpty()) {
			Migrate engine = engines.get(settings.engine());
			if (engine == null) {
				throw new IllegalStateException(testClass.getName() + ": @MigrationChecks(engine = \""
						+ settings.engine() + "\") names no Migrate bean; the context has " + engines.keySet());
			}
			return engine;
		}
		if (engines.size() != 1) {
			throw new IllegalStateException(testClass.getName() + ": the test's application context has "
					+ (engines.isEmpty() ? "no Migrate bean (is migrate-spring-boot-starter a dependency and"
							+ " migrate.enabled true?)" : engines.size() + " Migrate beans " + engines.keySet())
					+ "; name one with @MigrationChecks(engine = \"...\")");
		}
		return engines.values().iterator().next();
	}

	/**
	 * The server of a Testcontainers {@code @ServiceConnection} (Boot's
	 * JdbcConnectionDetails that did not come from properties), so the checks run where
	 * the application's tests run; otherwise the kit's default server.
	 */
	private static TestDatabaseServer server(ApplicationContext context) {
		ClassLoader classLoader = context.getClassLoader();
		if (ClassUtils.isPresent(JDBC_CONNECTION_DETAILS, classLoader)) {
			TestDatabaseServer server = ConnectionDetailsServers.find(context);
			if (server != null) {
				return server;
			}
		}
		return TestDatabaseServers.shared();
	}

}
