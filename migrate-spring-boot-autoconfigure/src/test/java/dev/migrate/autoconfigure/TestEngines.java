package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Context fixtures shared by the auto-configuration tests of the endpoint, health and
 * metrics.
 */
public final class TestEngines {

	private TestEngines() {
	}

	/** A DataSource nothing connects to while {@code migrate.mode=none}. */
	public static DataSource unreachable(String database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl("jdbc:postgresql://db.invalid/" + database);
		return dataSource;
	}

	/** One application DataSource, migrated by the auto-configured engine. */
	@Configuration(proxyBeanMethods = false)
	public static class SingleDataSource {

		@Bean
		DataSource dataSource() {
			return unreachable("app");
		}

	}

	/** Two DataSources and one engine per DataSource, declared by the application. */
	@Configuration(proxyBeanMethods = false)
	public static class TwoEngines {

		@Bean
		DataSource ordersDataSource() {
			return unreachable("orders");
		}

		@Bean
		DataSource billingDataSource() {
			return unreachable("billing");
		}

		@Bean
		Migrate ordersMigrate(@Qualifier("ordersDataSource") DataSource dataSource, MigrateConfigFactory configs) {
			return Migrate.create(configs.builder("ordersMigrate", dataSource).build());
		}

		@Bean
		Migrate billingMigrate(@Qualifier("billingDataSource") DataSource dataSource, MigrateConfigFactory configs) {
			return Migrate
				.create(configs.builder("billingMigrate", dataSource).locations("classpath:db/billing").build());
		}

	}

}
