package dev.migrate.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the shaded {@code target/migrate.jar} as a real process, as CI pipelines and
 * operators do. Failsafe runs it after {@code package} and passes the jar's path; under
 * surefire (which a {@code -Dtest=dev.migrate.cli.**} filter also points here) the jar
 * does not exist yet, so it is skipped.
 */
@EnabledIfSystemProperty(named = "migrate.jar", matches = ".+")
class MigrateJarIT {

	@Test
	void helpWorksFromTheShadedJar() throws Exception {
		MigrateJar.Result result = MigrateJar.run(Map.of(), "--help");
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).startsWith("Usage: migrate [OPTIONS] COMMAND [ARGS]")
			.contains("upgrade [TARGET] [--sql]");
		// Usage text is printed as written: its example url is not taken for a secret.
		assertThat(result.out()).contains("DATABASE_URL=postgresql://user:password@host:port/database");
		assertThat(result.err()).isEmpty();
	}

	@Test
	void usageErrorsExitTwo() throws Exception {
		MigrateJar.Result result = MigrateJar.run(Map.of(), "frobnicate");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("unknown command 'frobnicate'", "--help");
	}

}
