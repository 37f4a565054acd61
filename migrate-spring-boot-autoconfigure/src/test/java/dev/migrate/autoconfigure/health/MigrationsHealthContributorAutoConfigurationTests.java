package dev.migrate.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.TestEngines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MigrationsHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class,
				MigrationsHealthContributorAutoConfiguration.class))
		.withPropertyValues("migrate.mode=none");

	@Test
	void contributesOneIndicatorForOneEngine() {
		this.runner.withUserConfiguration(TestEngines.SingleDataSource.class)
			.run((context) -> assertThat(context.getBean("migrationsHealthContributor"))
				.isInstanceOf(MigrationsHealthIndicator.class));
	}

	@Test
	void contributesOneIndicatorPerEngine() {
		this.runner.withUserConfiguration(TestEngines.TwoEngines.class).run((context) -> {
			HealthContributor contributor = context.getBean("migrationsHealthContributor", HealthContributor.class);
			assertThat(contributor).isInstanceOf(CompositeHealthContributor.class);
			List<String> names = new ArrayList<>();
			((CompositeHealthContributor) contributor).stream().forEach((entry) -> names.add(entry.name()));
			assertThat(names).containsExactlyInAnyOrder("ordersMigrate", "billingMigrate");
		});
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withUserConfiguration(TestEngines.SingleDataSource.class)
			.withPropertyValues("management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void backsOffWithoutHealthSupport() {
		this.runner.withUserConfiguration(TestEngines.SingleDataSource.class)
			.withClassLoader(new FilteredClassLoader(HealthContributor.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void backsOffWithoutAnEngine() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
	}

}
