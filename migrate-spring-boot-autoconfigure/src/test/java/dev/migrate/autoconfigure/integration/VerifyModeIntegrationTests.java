package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migrate;
import dev.migrate.Resolution;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.PendingMigrationsException;
import dev.migrate.autoconfigure.health.MigrationsHealthContributorAutoConfiguration;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * {@code migrate.mode=verify} on real PostgreSQL: never changes the schema; fails startup
 * with a report of what is pending, or warns and reports it through health.
 */
@PostgresTest
class VerifyModeIntegrationTests {

	private final ApplicationContextRunner runner;

	private final TestDatabase database;

	VerifyModeIntegrationTests(TestDatabase database) {
		this.database = database;
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
					MigrationsHealthContributorAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password(), "migrate.mode=verify");
	}

	@Test
	void failsStartupWithThePendingRevisionsAndTheCommandToRun() throws SQLException {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			FailureAnalysis analysis = analyze(failure);
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("1a2b3c4d5e6f  create users", "2b3c4d5e6f70  create orders")
				.containsSubsequence("1a2b3c4d5e6f", "2b3c4d5e6f70");
			assertThat(analysis.getAction()).contains("java -jar app.jar migrate upgrade heads");
			assertThat(analysis.getCause()).isInstanceOf(PendingMigrationsException.class);
		});
		assertThat(tableExists("users")).isFalse();
	}

	@Test
	void warnsStartsAndReportsPendingThroughHealthUntilApplied() throws SQLException {
		this.runner.withPropertyValues("migrate.on-pending=warn").run((context) -> {
			assertThat(context).hasNotFailed();
			HealthIndicator health = context.getBean("migrationsHealthContributor", HealthIndicator.class);
			Health pending = health.health();
			assertThat(pending.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(pending.getDetails()).containsEntry("pending", 2);
			// Verify changes nothing at all, not even the state tables.
			assertThat(tableExists("users")).isFalse();
			assertThat(tableExists("migrate_version")).isFalse();

			context.getBean(Migrate.class).upgrade("heads");
			Health upToDate = health.health();
			assertThat(upToDate.getStatus()).isEqualTo(Status.UP);
			assertThat(upToDate.getDetails()).containsEntry("pending", 0);
		});
		assertThat(tableExists("users")).isTrue();
	}

	@Test
	void healthIsDownWhileANonTransactionalStepAwaitsResolve() throws Exception {
		// A database of its own: the other tests expect theirs without state tables.
		try (TestDatabase own = TestDatabase.create()) {
			healthIsDownWhileANonTransactionalStepAwaitsResolve(own);
		}
	}

	private void healthIsDownWhileANonTransactionalStepAwaitsResolve(TestDatabase own) {
		this.runner
			.withPropertyValues("migrate.mode=none", "migrate.locations=classpath:failing-nontx",
					"spring.datasource.url=" + own.jdbcUrl())
			.run((context) -> {
				Migrate migrate = context.getBean(Migrate.class);
				assertThatThrownBy(() -> migrate.upgrade("heads")).hasMessageContaining("division by zero");
				HealthIndicator indicator = context.getBean("migrationsHealthContributor", HealthIndicator.class);
				Health health = indicator.health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("failed", List.of("f1a2b3c4d5e6 upgrade failed"));
				assertThat(migrate.status().failed()).singleElement()
					.satisfies((step) -> assertThat(step.completedStatements())
						.containsExactly("CREATE TABLE half_applied (id int)"));

				migrate.resolve("f1a2b3c4d5e6", Resolution.ROLLED_BACK);
				assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			});
	}

	@Test
	void healthIsDownWhenTheStateCannotBeRead() {
		this.runner.withPropertyValues("migrate.mode=none", "migrate.connect-retries=0")
			.withPropertyValues("spring.datasource.url=" + this.database.jdbcUrl() + "_missing")
			.run((context) -> {
				Health health = context.getBean("migrationsHealthContributor", HealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsKey("error");
			});
	}

	private boolean tableExists(String table) throws SQLException {
		try (Connection connection = this.database.connect();
				ResultSet tables = connection.getMetaData().getTables(null, "public", table, null)) {
			return tables.next();
		}
	}

	private static FailureAnalysis analyze(Throwable failure) {
		// Only analyzers with a no-argument constructor, ours among them: it must be
		// registered.
		SpringFactoriesLoader.FailureHandler skip = (type, name, ex) -> {
		};
		for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, null, skip)) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null && analysis.getCause() instanceof PendingMigrationsException) {
				return analysis;
			}
		}
		return null;
	}

}
