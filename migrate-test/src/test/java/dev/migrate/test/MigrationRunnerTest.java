package dev.migrate.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrate.MigrateConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The data-migration runner outside Spring, on revisions of the test resources.
 */
class MigrationRunnerTest {

	@Test
	void stepsInsertsQueriesAndRoundTrips() {
		try (MigrationRunner runner = MigrationRunner
			.create(MigrateConfig.builder().locations("classpath:checks/good"))) {
			runner.upgradeOne();
			assertThat(runner.current()).containsExactly("a1a1a1a1a1a1");
			runner.insert("notes", List.of(Map.of("body", "buy milk"), Map.of("body", "call Ada")));
			CatalogSnapshot after = runner.roundTripNext();
			assertThat(runner.current()).containsExactly("b2b2b2b2b2b2");
			assertThat(after.lines()).anyMatch(line -> line.startsWith("view public.note_titles "))
				.anyMatch(line -> line.startsWith("trigger CREATE TRIGGER notes_title BEFORE INSERT ON public.notes"));
			runner.insert("notes", Map.of("body", "a trigger fills the title of this one"));
			assertThat(runner.query("SELECT title FROM notes WHERE id = ?", 3L))
				.containsExactly(Map.of("title", "a trigger fills the "));
			assertThat(runner.execute("DELETE FROM notes WHERE kind = 'plain'")).isEqualTo(3);
		}
	}

	@Test
	void roundTripNextFailsWhenTheDowngradeLosesRows() {
		try (MigrationRunner runner = MigrationRunner
			.create(MigrateConfig.builder().locations("classpath:checks/lossy"))) {
			runner.upgrade("a1a1a1a1a1a1");
			runner.insert("notes", Map.of("body", "buy milk"));
			assertThatExceptionOfType(AssertionError.class).isThrownBy(runner::roundTripNext)
				.withMessageContaining("Downgrade of e5e5e5e5e5e5 (back to a1a1a1a1a1a1) left a trace")
				.withMessageContaining("- rows public.notes 1 md5 ");
		}
	}

}
