package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateListener;
import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.TransactionMode;
import dev.migrate.ops.Operations;
import java.time.Duration;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Conditions and back-offs of {@link MigrateAutoConfiguration}. Nothing here touches a
 * database: {@code migrate.mode=none} keeps the initializer away from the (unreachable)
 * DataSources.
 */
class MigrateAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
		.withPropertyValues("migrate.mode=none");

	@Test
	void backsOffWithoutDataSourceOrUrl() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(Migrate.class)
			.doesNotHaveBean(MigrateInitializer.class));
	}

	@Test
	void createsEngineAndInitializerForTheDataSource() {
		this.runner.withUserConfiguration(DataSourceConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(Migrate.class)
				.hasSingleBean(MigrateInitializer.class)
				.hasSingleBean(MigrateConfigFactory.class)
				.hasSingleBean(MigrateSchemaManagementProvider.class);
			assertThat(context.getBean(Migrate.class).config().dataSource())
				.isSameAs(context.getBean(DataSource.class));
		});
	}

	/**
	 * A password pasted as user info into the application's jdbc: url: refused before the
	 * driver or the pool sees the url (their messages quote pieces of it), and the
	 * refusal shows no piece of it.
	 */
	@Test
	void refusesAJdbcUrlWithUserInfoWithoutShowingThePassword() {
		this.runner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://app:Sx7/?Qz9@127.0.0.1:1/orders")
			.run((context) -> {
				assertThat(context).hasFailed();
				StringBuilder chain = new StringBuilder();
				for (Throwable cause = context.getStartupFailure(); cause != null; cause = cause.getCause()) {
					chain.append(cause).append('\n');
				}
				assertThat(chain.toString()).contains("cannot read user:password@ in a jdbc: url")
					.doesNotContain("Sx7")
					.doesNotContain("Qz9");
			});
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(Migrate.class)
				.doesNotHaveBean(MigrateInitializer.class)
				.doesNotHaveBean(MigrateProperties.class));
	}

	@Test
	void backsOffWithoutCore() {
		this.runner.withUserConfiguration(DataSourceConfiguration.class)
			.withClassLoader(new FilteredClassLoader(Migrate.class))
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateInitializer.class));
	}

	@Test
	void mapsEveryProperty() {
		this.runner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.locations=classpath:db/one,filesystem:src/test/resources/db/billing",
					"migrate.packages=com.example", "migrate.schema=ops", "migrate.version-table=v",
					"migrate.history-table=h", "migrate.lock-wait-timeout=5s", "migrate.lock-timeout=2s",
					"migrate.statement-timeout=1m", "migrate.transaction-mode=all", "migrate.connect-retries=3",
					"migrate.connect-retry-interval=250ms", "migrate.connect-timeout=3s", "migrate.socket-timeout=2m",
					"migrate.validate-checksums=false", "spring.application.version=1.2.3")
			.run((context) -> {
				MigrateConfig config = context.getBean(Migrate.class).config();
				assertThat(config.locations()).containsExactly("classpath:db/one",
						"filesystem:src/test/resources/db/billing");
				assertThat(config.packages()).containsExactly("com.example");
				assertThat(config.schema()).isEqualTo("ops");
				assertThat(config.versionTable()).isEqualTo("v");
				assertThat(config.historyTable()).isEqualTo("h");
				assertThat(config.lockWaitTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(config.statementTimeout()).isEqualTo(Duration.ofMinutes(1));
				assertThat(config.transactionMode()).isEqualTo(TransactionMode.ALL);
				assertThat(config.connectRetries()).isEqualTo(3);
				assertThat(config.connectRetryInterval()).isEqualTo(Duration.ofMillis(250));
				assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(config.socketTimeout()).isEqualTo(Duration.ofMinutes(2));
				assertThat(config.validateChecksums()).isFalse();
				assertThat(config.appVersion()).isEqualTo("1.2.3");
			});
	}

	@Test
	void plainNumbersAreSecondsAsOnTheCommandLine() {
		this.runner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.lock-wait-timeout=90", "migrate.lock-timeout=5",
					"migrate.statement-timeout=30", "migrate.connect-retry-interval=2")
			.run((context) -> {
				MigrateConfig config = context.getBean(Migrate.class).config();
				assertThat(config.lockWaitTimeout()).isEqualTo(Duration.ofSeconds(90));
				assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(config.statementTimeout()).isEqualTo(Duration.ofSeconds(30));
				assertThat(config.connectRetryInterval()).isEqualTo(Duration.ofSeconds(2));
			});
	}

	@Test
	void bindsTransactionModeAsWrittenInTheContract() {
		this.runner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.transaction-mode=per-revision", "migrate.on-pending=warn")
			.run((context) -> {
				MigrateProperties properties = context.getBean(MigrateProperties.class);
				assertThat(properties.getTransactionMode()).isEqualTo(TransactionMode.PER_REVISION);
				assertThat(properties.getOnPending()).isEqualTo(OnPending.WARN);
			});
	}

	@Test
	void usesMigrateUrlWithoutAnyDataSource() {
		this.runner
			.withPropertyValues("migrate.url=jdbc:postgresql://db.invalid/app", "migrate.user=owner",
					"migrate.password=secret")
			.run((context) -> {
				MigrateConfig config = context.getBean(Migrate.class).config();
				assertThat(config.dataSource()).isNull();
				assertThat(config.url()).isEqualTo("jdbc:postgresql://db.invalid/app");
				assertThat(config.user()).isEqualTo("owner");
				assertThat(config.password()).isEqualTo("secret");
			});
	}

	@Test
	void migrateUrlWinsOverTheApplicationDataSource() {
		this.runner.withUserConfiguration(DataSourceConfiguration.class)
			.withPropertyValues("migrate.url=jdbc:postgresql://db.invalid/admin")
			.run((context) -> assertThat(context.getBean(Migrate.class).config().url())
				.isEqualTo("jdbc:postgresql://db.invalid/admin"));
	}

	@Test
	void worksWithoutSpringJdbcWhenGivenAUrl() {
		this.runner
			.withClassLoader(new FilteredClassLoader("org.springframework.jdbc", "org.springframework.boot.jdbc",
					"org.springframework.boot.sql"))
			.withPropertyValues("migrate.url=jdbc:postgresql://db.invalid/app")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(Migrate.class)
				.hasSingleBean(MigrateInitializer.class)
				.doesNotHaveBean(MigrateSchemaManagementProvider.class));
	}

	@Test
	void worksWithoutJpaActuatorAndMicrometer() {
		this.runner.withUserConfiguration(DataSourceConfiguration.class)
			.withClassLoader(new FilteredClassLoader("org.hibernate", "jakarta.persistence", "org.springframework.orm",
					"org.springframework.boot.actuate", "org.springframework.boot.health", "io.micrometer"))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(Migrate.class)
				.hasSingleBean(MigrateInitializer.class)
				.hasSingleBean(MigrateSchemaManagementProvider.class));
	}

	@Test
	void migrateUserAloneDerivesAConnectionFromTheApplicationDataSource() {
		this.runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.invalid/app",
					"spring.datasource.username=app", "migrate.user=owner", "migrate.password=secret")
			.run((context) -> {
				DataSource migrationDataSource = context.getBean(Migrate.class).config().dataSource();
				assertThat(migrationDataSource).isInstanceOf(SimpleDriverDataSource.class)
					.isNotSameAs(context.getBean(DataSource.class));
				SimpleDriverDataSource simple = (SimpleDriverDataSource) migrationDataSource;
				assertThat(simple.getUrl()).isEqualTo("jdbc:postgresql://db.invalid/app");
				assertThat(simple.getUsername()).isEqualTo("owner");
				assertThat(simple.getPassword()).isEqualTo("secret");
			});
	}

	@Test
	void prefersTheMigrateDataSource() {
		this.runner.withUserConfiguration(TwoDataSourcesConfiguration.class).run((context) -> {
			DataSource used = context.getBean(Migrate.class).config().dataSource();
			assertThat(used).isSameAs(context.getBean("migrationDataSource"));
			SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
			assertThat(provider.getSchemaManagement(used)).isEqualTo(SchemaManagement.MANAGED);
			assertThat(provider.getSchemaManagement(context.getBean("applicationDataSource", DataSource.class)))
				.isEqualTo(SchemaManagement.UNMANAGED);
		});
	}

	@Test
	void backsOffFromItsEngineWhenTheApplicationDeclaresEngines() {
		this.runner.withUserConfiguration(DataSourceConfiguration.class, OwnEnginesConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(MigrateInitializer.class).doesNotHaveBean("migrate");
				assertThat(context.getBeansOfType(Migrate.class)).containsOnlyKeys("ordersMigrate", "billingMigrate");
				assertThat(context.getBean("billingMigrate", Migrate.class).config().locations())
					.containsExactly("classpath:db/billing");
			});
	}

	@Test
	void picksUpRevisionBeansListenersAndCustomizersInOrder() {
		this.runner.withUserConfiguration(DataSourceConfiguration.class, ContributionsConfiguration.class)
			.run((context) -> {
				MigrateConfig config = context.getBean(Migrate.class).config();
				assertThat(config.migrations()).containsExactly(context.getBean(AddPhoneNumber.class));
				assertThat(config.listeners()).contains(context.getBean(MigrateListener.class));
				// The second customizer (order 2) overrides the first (order 1).
				assertThat(config.versionTable()).isEqualTo("second");
			});
	}

	@Test
	void jdbcTemplateWaitsForTheInitializer() {
		this.runner
			.withConfiguration(
					AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.invalid/app")
			.run((context) -> assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
				.contains("migrateInitializer"));
	}

	@Test
	void failsWithAHelpfulMessageWhenTheDataSourceIsAmbiguous() {
		this.runner.withUserConfiguration(AmbiguousDataSourcesConfiguration.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("@MigrateDataSource"));
	}

	static DataSource unreachable(String database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl("jdbc:postgresql://db.invalid/" + database);
		return dataSource;
	}

	@Configuration(proxyBeanMethods = false)
	static class DataSourceConfiguration {

		@Bean
		DataSource dataSource() {
			return unreachable("app");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AmbiguousDataSourcesConfiguration {

		@Bean
		DataSource one() {
			return unreachable("one");
		}

		@Bean
		DataSource two() {
			return unreachable("two");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSourcesConfiguration {

		@Bean
		@Primary
		DataSource applicationDataSource() {
			return unreachable("app");
		}

		@Bean
		@MigrateDataSource
		DataSource migrationDataSource() {
			return unreachable("admin");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnEnginesConfiguration {

		@Bean
		Migrate ordersMigrate(DataSource dataSource, MigrateConfigFactory configs) {
			return Migrate.create(configs.builder("ordersMigrate", dataSource).build());
		}

		@Bean
		Migrate billingMigrate(DataSource dataSource, MigrateConfigFactory configs) {
			return Migrate
				.create(configs.builder("billingMigrate", dataSource).locations("classpath:db/billing").build());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ContributionsConfiguration {

		@Bean
		AddPhoneNumber addPhoneNumber() {
			return new AddPhoneNumber();
		}

		@Bean
		MigrateListener listener() {
			return new MigrateListener() {
			};
		}

		@Bean
		@Order(2)
		MigrateConfigCustomizer second() {
			return (builder) -> builder.versionTable("second");
		}

		@Bean
		@Order(1)
		MigrateConfigCustomizer first() {
			return (builder) -> builder.versionTable("first");
		}

	}

	@Revision(id = "java0001", message = "add phone number")
	static final class AddPhoneNumber implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("ALTER TABLE users ADD COLUMN phone varchar(20)");
		}

	}

	@Test
	void defaultsEqualTheEngineDefaults() {
		MigrateProperties properties = new MigrateProperties();
		assertThat(properties.getLocations()).isEqualTo(MigrateConfig.DEFAULT_LOCATIONS);
		assertThat(properties.getPackages()).isEmpty();
		assertThat(properties.getVersionTable()).isEqualTo(MigrateConfig.DEFAULT_VERSION_TABLE);
		assertThat(properties.getHistoryTable()).isEqualTo(MigrateConfig.DEFAULT_HISTORY_TABLE);
		assertThat(properties.getLockWaitTimeout()).isEqualTo(MigrateConfig.DEFAULT_LOCK_WAIT_TIMEOUT);
		assertThat(properties.getLockTimeout()).isEqualTo(MigrateConfig.DEFAULT_LOCK_TIMEOUT);
		assertThat(properties.getStatementTimeout()).isEqualTo(MigrateConfig.DEFAULT_STATEMENT_TIMEOUT);
		assertThat(properties.getTransactionMode()).isEqualTo(MigrateConfig.DEFAULT_TRANSACTION_MODE);
		assertThat(properties.getConnectRetries()).isEqualTo(MigrateConfig.DEFAULT_CONNECT_RETRIES);
		assertThat(properties.getConnectRetryInterval()).isEqualTo(MigrateConfig.DEFAULT_CONNECT_RETRY_INTERVAL);
		assertThat(properties.getConnectTimeout()).isEqualTo(MigrateConfig.DEFAULT_CONNECT_TIMEOUT);
		assertThat(properties.getSocketTimeout()).isEqualTo(MigrateConfig.DEFAULT_SOCKET_TIMEOUT);
		assertThat(properties.isValidateChecksums()).isEqualTo(MigrateConfig.DEFAULT_VALIDATE_CHECKSUMS);
		assertThat(properties.getTarget()).isEqualTo(Migrate.HEADS);
		// The builder's own defaults, for settings without a public constant.
		MigrateConfig config = MigrateConfig.builder().url("jdbc:postgresql://db.invalid/x").build();
		assertThat(properties.getSchema()).isEqualTo(config.schema());
		assertThat(properties.getPackages()).isEqualTo(config.packages());
		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getMode()).isEqualTo(MigrateMode.APPLY);
		assertThat(properties.getOnPending()).isEqualTo(OnPending.FAIL);
		assertThat(Arrays.asList(properties.getUrl(), properties.getUser(), properties.getPassword()))
			.containsOnlyNulls();
	}

}
