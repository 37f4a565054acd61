package dev.migrate.test;

import dev.migrate.testing.TestDatabase;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the test's context at a fresh database of its own
 * ({@code spring.datasource.url}, {@code username}, {@code password}) through a
 * {@link DynamicPropertyRegistrar} bean, which Boot treats as a test database. The
 * database is created when the context first reads the URL, on the same server as the
 * checks' databases, and dropped when the context closes, after its connection pool.
 */
final class TestDatabaseContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "dev.migrate.test.internalTestDatabase";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		// A slice's test-database replacement runs before dynamic properties from beans
		// exist, and would put an in-memory database in place of this one: the kit's
		// database is the test database, so there is nothing to replace.
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("migrate-test database", Map.of("spring.test.database.replace", "NONE")));
		if (context instanceof BeanDefinitionRegistry registry && !registry.containsBeanDefinition(BEAN_NAME)) {
			RootBeanDefinition definition = new RootBeanDefinition(ContextDatabase.class, ContextDatabase::new);
			definition.setRole(RootBeanDefinition.ROLE_INFRASTRUCTURE);
			registry.registerBeanDefinition(BEAN_NAME, definition);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

	/** One context's database, created on first use. */
	static final class ContextDatabase implements DynamicPropertyRegistrar, DisposableBean {

		private TestDatabase database;

		@Override
		public void accept(DynamicPropertyRegistry registry) {
			registry.add("spring.datasource.url", () -> database().jdbcUrl());
			registry.add("spring.datasource.username", () -> database().user());
			registry.add("spring.datasource.password", () -> database().password());
		}

		synchronized TestDatabase database() {
			if (database == null) {
				database = TestDatabase.create();
			}
			return database;
		}

		@Override
		public synchronized void destroy() {
			if (database != null) {
				database.close();
				database = null;
			}
		}

	}

}
