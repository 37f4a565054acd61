package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import dev.migrate.autoconfigure.PendingMigrationsException;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A complete application in {@code migrate.mode=verify} with pending revisions does not
 * start, and Spring Boot's failure report (through
 * {@code PendingMigrationsFailureAnalyzer}) says which revisions are pending and what to
 * run.
 */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class VerifyFailApplicationTests {

	@Test
	void stopsStartupWithTheFailureAnalysis(TestDatabase database, CapturedOutput output) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(MigrateTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password(), "migrate.mode=verify");
		assertThatException().isThrownBy(application::run)
			.havingRootCause()
			.isInstanceOf(PendingMigrationsException.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Pending revisions, in the order they would run:")
			.contains("1a2b3c4d5e6f  create users")
			.contains("2b3c4d5e6f70  create orders")
			.contains("java -jar app.jar migrate upgrade heads");
	}

}
