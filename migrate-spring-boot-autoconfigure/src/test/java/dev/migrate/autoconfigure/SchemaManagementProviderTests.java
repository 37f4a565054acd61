package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * On an embedded database Hibernate would default to {@code ddl-auto=create-drop}; when
 * migrate manages the DataSource it must default to {@code none}. The engine never
 * touches the embedded database here ({@code migrate.mode=none}): only Hibernate's
 * decision is under test.
 */
class SchemaManagementProviderTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				MigrateAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true", "migrate.mode=none");

	@Test
	void hibernateLeavesAMigratedEmbeddedDatabaseAlone() {
		// Spring Boot expresses ddl-auto=none by leaving the Hibernate setting out.
		this.runner.run((context) -> assertThat(
				context.getBean(LocalContainerEntityManagerFactoryBean.class).getJpaPropertyMap())
			.doesNotContainKey("hibernate.hbm2ddl.auto"));
	}

	@Test
	void hibernateManagesTheEmbeddedDatabaseWithoutMigrate() {
		this.runner.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(ddlAuto(context.getBean(LocalContainerEntityManagerFactoryBean.class)))
				.isEqualTo("create-drop"));
	}

	private static Object ddlAuto(LocalContainerEntityManagerFactoryBean factory) {
		return factory.getJpaPropertyMap().get("hibernate.hbm2ddl.auto");
	}

}
