package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What an operator reads in the log of an application in apply mode: each event once, the
 * first start applying the revisions and every later start finding the database up to
 * date.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupLogIntegrationTests {

	@Test
	void aStartLogsEachEventOnce(CapturedOutput output) {
		try (TestDatabase database = TestDatabase.create()) {
			start(database).close();
			String firstStart = output.getOut();
			assertThat(count(firstStart, "Applied 2 revision(s)")).isOne();
			assertThat(count(firstStart, "Upgrading to 1a2b3c4d5e6f")).isOne();
			assertThat(count(firstStart, "up to date at")).isZero();
			start(database).close();
			String secondStart = output.getOut().substring(firstStart.length());
			assertThat(count(secondStart, "up to date at")).isOne();
			assertThat(secondStart).contains("Database is up to date at 2b3c4d5e6f70; nothing to upgrade");
			assertThat(count(secondStart, "Applied")).isZero();
		}
	}

	private static ConfigurableApplicationContext start(TestDatabase database) {
		return new SpringApplicationBuilder(MigrateTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password(), "migrate.mode=apply")
			.run();
	}

	private static int count(String text, String fragment) {
		int count = 0;
		for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
			count++;
		}
		return count;
	}

}
