package dev.migrate.autoconfigure.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.MigrateException;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The startup lint check on real PostgreSQL. {@code db/lint} creates {@code accounts} in
 * one revision and sets {@code email} NOT NULL in the next: a {@code set-not-null} error.
 */
@PostgresTest
class MigrateLintIntegrationTests {

	private final ApplicationContextRunner runner;

	private final TestDatabase database;

	MigrateLintIntegrationTests(TestDatabase database) {
		this.database = database;
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
					MigrateLintAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password(), "migrate.locations=classpath:db/lint",
					"migrate.mode=apply");
	}

	/** The database is shared by the class: start every test with nothing applied. */
	@BeforeEach
	void resetDatabase() throws SQLException {
		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS accounts, migrate_version, migrate_history");
		}
	}

	@Test
	void failOnErrorStopsStartupBeforeAnythingIsApplied() throws SQLException {
		this.runner.withPropertyValues("migrate.lint.fail-on-error=true").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("nothing was applied")
				.contains("ERROR set-not-null at classpath:db/lint/b2c3d4e5f6a7_require_email.sql:6")
				.contains("(created by revision a1b2c3d4e5f6)");
			assertThat(analysis.getAction()).contains("-- migrate:lint-ignore RULE reason")
				.contains("migrate.lint.rules.<rule>");
		});
		assertThat(tableExists("accounts")).isFalse();
	}

	@Test
	void withoutFailOnErrorTheFindingsAreLoggedAndTheRevisionsApplied() throws SQLException {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(MigrateLintCheck.class);
			assertThat(context.getBean(MigrateLintProperties.class).isFailOnError()).isFalse();
		});
		assertThat(tableExists("accounts")).isTrue();
	}

	@Test
	void severityOverridesApplyToTheStartupCheck() throws SQLException {
		this.runner.withPropertyValues("migrate.lint.fail-on-error=true", "migrate.lint.rules.set-not-null=warning")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(tableExists("accounts")).isTrue();
	}

	@Test
	void unknownRuleInSeveritiesFailsStartup() {
		this.runner.withPropertyValues("migrate.lint.rules.set-not-nul=off").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(MigrateException.class)
				.hasMessageContaining("Unknown lint rule 'set-not-nul'");
		});
	}

	@Test
	void doesNothingWhenDisabledOrWhenNothingRunsAtStartup() throws SQLException {
		this.runner.withPropertyValues("migrate.lint.fail-on-error=true", "migrate.lint.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateLintCheck.class));
		assertThat(tableExists("accounts")).isTrue();
	}

	@Test
	void modeNoneSkipsTheCheck() throws SQLException {
		this.runner.withPropertyValues("migrate.lint.fail-on-error=true", "migrate.mode=none")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(tableExists("accounts")).isFalse();
	}

	@Test
	void endpointListsTheFindingsOfThePendingRevisions() {
		this.runner.withConfiguration(AutoConfigurations.of(MigrationsLintEndpointAutoConfiguration.class))
			.withPropertyValues("migrate.mode=none", "management.endpoints.web.exposure.include=migrationslint")
			.run((context) -> {
				LintDescriptor body = context.getBean(MigrationsLintEndpoint.class).lint();
				assertThat(body).isInstanceOfSatisfying(LintReportDescriptor.class, (report) -> {
					assertThat(report.revisions()).containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a7");
					assertThat(report.errors()).isEqualTo(1);
					assertThat(report.findings()).singleElement().satisfies((finding) -> {
						assertThat(finding.rule()).isEqualTo("set-not-null");
						assertThat(finding.severity()).isEqualTo("error");
						assertThat(finding.file()).isEqualTo("classpath:db/lint/b2c3d4e5f6a7_require_email.sql");
						assertThat(finding.line()).isEqualTo(6);
						assertThat(finding.statement())
							.isEqualTo("ALTER TABLE accounts ALTER COLUMN email SET NOT NULL");
					});
				});
				context.getBean(dev.migrate.Migrate.class).upgrade("heads");
				assertThat(context.getBean(MigrationsLintEndpoint.class).lint())
					.isEqualTo(new LintReportDescriptor(java.util.List.of(), 0, 0, 0, 0, java.util.List.of()));
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
			if (analysis != null && analysis.getCause() instanceof LintFailedException) {
				return analysis;
			}
		}
		return null;
	}

}
