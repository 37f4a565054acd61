package dev.migrate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the reflection benchmark on the test server and holds it to the promise: a
 * thousand tables in well under a second. The median is printed so the build log carries
 * the number.
 *
 * <p>
 * Creating the thousand tables takes PostgreSQL 30-80 seconds on a busy two-core machine,
 * so the benchmark runs on request:
 * {@code ./mvnw -pl migrate-benchmarks -am test -Dmigrate.benchmarks=true
 * -Dtest=ReflectionBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PostgresTest
@EnabledIfSystemProperty(named = "migrate.benchmarks", matches = "true")
class ReflectionBenchmarkTest {

	@Test
	void reflectsAThousandTablesInUnderASecond(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			ReflectionBenchmark.Result result = ReflectionBenchmark.run(connection, 1000);
			System.out.println("[reflection benchmark] " + result);
			assertThat(result.tables()).isEqualTo(1000);
			assertThat(result.columns()).isEqualTo(8000);
			assertThat(result.median()).isLessThan(Duration.ofSeconds(1));
		}
	}

}
