package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.DatabaseAheadException;
import dev.migrate.DivergedDatabaseException;
import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.endpoint.AheadRevisionDescriptor;
import dev.migrate.autoconfigure.endpoint.EngineDescriptor;
import dev.migrate.autoconfigure.endpoint.MigrationsEndpoint;
import dev.migrate.autoconfigure.endpoint.MigrationsEndpointAutoConfiguration;
import dev.migrate.autoconfigure.health.MigrationsHealthContributorAutoConfiguration;
import dev.migrate.autoconfigure.metrics.MigrateMetricsAutoConfiguration;
import dev.migrate.autoconfigure.metrics.MigrateObservationAutoConfiguration;
import dev.migrate.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The previous release (revisions {@code db/revisions}) against a database the next
 * release migrated one expand revision further ({@code db/ahead-next}): it starts in
 * verify and apply mode, health is UP with the unknown revision in its details, the
 * endpoint lists it under {@code ahead}, and the gauge counts it. A database that also
 * lacks one of this release's revisions ({@code db/ahead-other} was built on the first
 * revision) has diverged and fails.
 */
class AheadIntegrationTests {

	private TestDatabase database;

	private ApplicationContextRunner runner;

	@BeforeEach
	void database() {
		this.database = TestDatabase.create();
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
					MigrationsHealthContributorAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class,
					MigrateObservationAutoConfiguration.class, MigrateMetricsAutoConfiguration.class))
			.withUserConfiguration(Registries.class)
			.withPropertyValues("spring.datasource.url=" + this.database.jdbcUrl(),
					"spring.datasource.username=" + this.database.user(),
					"spring.datasource.password=" + this.database.password(),
					"management.endpoints.web.exposure.include=migrations");
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void verifyModeStartsAndReportsTheRevisionsTheDatabaseIsAheadBy() {
		migrateAsTheNextRelease();
		this.runner.withPropertyValues("migrate.mode=verify").run(startsAhead("verify"));
	}

	@Test
	void applyModeStartsAndChangesNothing() {
		migrateAsTheNextRelease();
		this.runner.withPropertyValues("migrate.mode=apply").run(startsAhead("apply"));
	}

	@Test
	void modeNoneStillAnswersTheEndpoint() {
		migrateAsTheNextRelease();
		this.runner.withPropertyValues("migrate.mode=none").run(startsAhead("none"));
	}

	@Test
	void onAheadFailRefusesStartupAndMarksHealthDown() {
		migrateAsTheNextRelease();
		this.runner.withPropertyValues("migrate.mode=verify", "migrate.on-ahead=fail").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(DatabaseAheadException.class)
				.hasMessageContaining("ahead of this release by 1 revision: 3c4d5e6f7081");
			FailureAnalysis analysis = analyze(context.getStartupFailure(), DatabaseAheadException.class);
			assertThat(analysis.getDescription()).contains("migrate.on-ahead=fail").contains("    3c4d5e6f7081");
			assertThat(analysis.getAction()).contains("migrate.on-ahead=warn");
		});
		this.runner.withPropertyValues("migrate.mode=apply", "migrate.on-ahead=fail")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(DatabaseAheadException.class));
		this.runner.withPropertyValues("migrate.mode=none", "migrate.on-ahead=fail").run((context) -> {
			Health health = context.getBean("migrationsHealthContributor", HealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("ahead", List.of("3c4d5e6f7081"));
		});
		this.runner.withPropertyValues("migrate.mode=verify", "migrate.on-ahead=ignore")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void divergenceFailsStartupInEveryModeThatTouchesTheDatabase() {
		Migrate
			.create(MigrateConfig.builder()
				.dataSource(this.database.dataSource())
				.locations("classpath:db/revisions", "classpath:db/ahead-other")
				.build())
			.upgrade("9f00aa11bb22");
		this.runner.withPropertyValues("migrate.mode=verify", "migrate.on-pending=warn", "migrate.on-ahead=ignore")
			.run((context) -> {
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(DivergedDatabaseException.class, (ex) -> {
						assertThat(ex.unknown()).containsExactly("9f00aa11bb22");
						assertThat(ex.missing()).containsExactly("2b3c4d5e6f70");
					});
				FailureAnalysis analysis = analyze(context.getStartupFailure(), DivergedDatabaseException.class);
				assertThat(analysis.getDescription()).containsSubsequence("does not know:", "    9f00aa11bb22",
						"not applied:", "    2b3c4d5e6f70");
				assertThat(analysis.getAction()).contains("Deploy the release that contains 9f00aa11bb22");
			});
		this.runner.withPropertyValues("migrate.mode=apply")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(DivergedDatabaseException.class));
		this.runner.withPropertyValues("migrate.mode=none").run((context) -> {
			Health health = context.getBean("migrationsHealthContributor", HealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("diverged", true)
				.containsEntry("ahead", List.of("9f00aa11bb22"))
				.containsEntry("pending", 1);
			EngineDescriptor body = (EngineDescriptor) context.getBean(MigrationsEndpoint.class).migrations();
			assertThat(body.ahead()).extracting(AheadRevisionDescriptor::revision).containsExactly("9f00aa11bb22");
			assertThat(body.pending()).hasSize(1);
			assertThat(body.upToDate()).isFalse();
		});
		assertThat(tableExists("orders")).isFalse();
	}

	private ContextConsumer<AssertableApplicationContext> startsAhead(String mode) {
		return (context) -> {
			assertThat(context).hasNotFailed();
			Health health = context.getBean("migrationsHealthContributor", HealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("ahead", List.of("3c4d5e6f7081"))
				.containsEntry("pending", 0)
				.containsEntry("current", List.of("3c4d5e6f7081"));

			EngineDescriptor body = (EngineDescriptor) context.getBean(MigrationsEndpoint.class).migrations();
			assertThat(body.upToDate()).isTrue();
			assertThat(body.mode()).isEqualTo(mode);
			assertThat(body.ahead()).singleElement().satisfies((ahead) -> {
				assertThat(ahead.revision()).isEqualTo("3c4d5e6f7081");
				assertThat(ahead.appliedAt()).isNotNull();
			});
			assertThat(body.failed()).isEmpty();
			// The shape of docs/spring-boot.md: an "ahead" list of {revision, appliedAt}.
			String json = JsonMapper.builder().build().writeValueAsString(body);
			assertThat(json).contains("\"ahead\":[{\"revision\":\"3c4d5e6f7081\",\"appliedAt\":");

			assertThat(context.getBean(MeterRegistry.class).get("migrate.revisions.ahead").gauge().value())
				.isEqualTo(1.0);
			assertThat(context.getBean(MeterRegistry.class).get("migrate.revisions.pending").gauge().value())
				.isEqualTo(0.0);
			assertThat(tableExists("orders")).isTrue();
			// Nothing written: the next release's three history rows only.
			assertThat(count("SELECT count(*) FROM migrate_history")).isEqualTo(3);
		};
	}

	/**
	 * The analysis of the registered analyzer for {@code type}; it must be registered.
	 */
	private static FailureAnalysis analyze(Throwable failure, Class<? extends Throwable> type) {
		SpringFactoriesLoader.FailureHandler skip = (factory, name, ex) -> {
		};
		for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, skip)) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null && type.isInstance(analysis.getCause())) {
				return analysis;
			}
		}
		throw new AssertionError("no failure analyzer for " + type.getName());
	}

	private void migrateAsTheNextRelease() {
		Migrate
			.create(MigrateConfig.builder()
				.dataSource(this.database.dataSource())
				.locations("classpath:db/revisions", "classpath:db/ahead-next")
				.build())
			.upgrade();
	}

	private boolean tableExists(String table) {
		return count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = '" + table + "'") > 0;
	}

	private long count(String sql) {
		try (var connection = this.database.connect();
				var statement = connection.createStatement();
				var rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registries {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		ObservationRegistry observationRegistry() {
			return ObservationRegistry.create();
		}

	}

}
