package dev.migrate.autoconfigure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.autoconfigure.jpa.shop.Customer;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.SchemaModelSource;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import org.hibernate.boot.MetadataSources;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

@PostgresTest
class MigrateEntityModelAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				MigrateEntityModelAutoConfiguration.class))
		.withUserConfiguration(ShopEntities.class);

	private ApplicationContextRunner withDatabase(TestDatabase database) {
		return runner.withPropertyValues("spring.datasource.url=" + database.jdbcUrl(),
				"spring.datasource.username=" + database.user(), "spring.datasource.password=" + database.password());
	}

	@Test
	void buildsTheEntityModelWithTheApplicationsNaming(TestDatabase database) {
		withDatabase(database).run(context -> {
			assertThat(context).hasNotFailed().hasSingleBean(SchemaModelSource.class);
			SchemaModel model = context.getBean(SchemaModelSource.class).load();
			// Spring Boot's naming: snake_case columns, and join tables named after the
			// owning property.
			assertThat(model.table(null, "order_line")).isPresent();
			assertThat(model.table(null, "orders").orElseThrow().column("placed_at")).isPresent();
			assertThat(model.table(null, "product_categories")).isPresent();
			assertThat(model.tables()).hasSize(51);
		});
	}

	@Test
	void namingPropertiesOfTheApplicationApply(TestDatabase database) {
		withDatabase(database)
			.withPropertyValues("spring.jpa.hibernate.naming.physical-strategy="
					+ "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl")
			.run(context -> {
				SchemaModel model = context.getBean(SchemaModelSource.class).load();
				assertThat(model.table(null, "orderline")).isPresent();
			});
	}

	@Test
	void backsOffWithoutHibernateOrWhenDisabled(TestDatabase database) {
		withDatabase(database).withClassLoader(new FilteredClassLoader(MetadataSources.class))
			.run(context -> assertThat(context).doesNotHaveBean(SchemaModelSource.class));
		withDatabase(database).withPropertyValues("migrate.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(SchemaModelSource.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Customer.class)
	static class ShopEntities {

	}

}
