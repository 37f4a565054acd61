package dev.migrate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.test.Check;
import dev.migrate.test.MigrationChecks;
import dev.migrate.test.MigrationRunner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The demo's revisions under the test kit's standard checks (single head, upgrade,
 * stairway with the fixtures in {@code db/revision-data}, no trace, entities match the
 * schema, lint), each on fresh databases, plus data-migration tests of the username
 * backfill. Revisions, the Java revision bean and the entity model come from this
 * application context.
 *
 * <p>
 * The offline check is off: the backfill revision ({@code BackfillUserNames}) works in
 * batches through raw JDBC, which has no offline SQL, so the demo cannot be deployed with
 * {@code upgrade --sql} at all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@MigrationChecks(skip = Check.OFFLINE)
class DemoMigrationChecksTest {

	@Test
	void backfillSplitsUsernamesIntoFirstAndLastName(MigrationRunner runner) {
		runner.upgrade("4c5d6e7f8091");
		runner.insert("users", List.of(Map.of("username", "Ada Lovelace", "email", "ada@example.com"),
				Map.of("username", "Alan Mathison Turing", "email", "alan@example.com")));
		runner.upgradeOne();
		assertThat(runner.current()).containsExactly("5d6e7f8091a2");
		assertThat(runner.query("SELECT first_name, last_name FROM users ORDER BY id")).containsExactly(
				Map.of("first_name", "Ada", "last_name", "Lovelace"),
				Map.of("first_name", "Alan", "last_name", "Mathison Turing"));
	}

	@Test
	void contractDowngradeRestoresUsernames(MigrationRunner runner) {
		runner.upgrade("5d6e7f8091a2");
		runner.insert("users", Map.of("username", "Grace Hopper", "email", "grace@example.com"));
		runner.execute("UPDATE users SET first_name = 'Grace', last_name = 'Hopper'");
		runner.roundTripNext();
		assertThat(runner.query("SELECT first_name, last_name FROM users"))
			.containsExactly(Map.of("first_name", "Grace", "last_name", "Hopper"));
		runner.downgradeOne();
		assertThat(runner.query("SELECT username FROM users")).containsExactly(Map.of("username", "Grace Hopper"));
	}

}
