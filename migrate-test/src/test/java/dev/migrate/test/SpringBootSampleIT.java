package dev.migrate.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.test.SampleBuild.Result;
import dev.migrate.testing.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * src/it/spring-boot-app: a Spring Boot application that uses the published artifacts
 * exactly as a user would (the starter, and {@code migrate-test} in test scope) and
 * nothing else: its {@code MigrationsTest} is {@code @SpringBootTest @MigrationChecks}
 * and no body, its {@code BookRepositoryTest} a bare {@code @DataJpaTest}. Built once by
 * real Maven against the artifacts of this build (installed into target/it-repo, never
 * the shared local repository): its tests run on embedded PostgreSQL that the kit starts,
 * and {@code spring-boot:process-aot} runs on it before it is packaged.
 */
class SpringBootSampleIT {

	private static SampleBuild build;

	private static Result result;

	@BeforeAll
	static void buildTheSample() throws Exception {
		build = SampleBuild.copy("spring-boot-app");
		result = build.run("verify");
	}

	@Test
	void checksAndSliceTestPassInAUsersProject() throws Exception {
		assertThat(result.succeeded()).as(result.output()).isTrue();

		String checks = build.read("target/surefire-reports/TEST-com.example.library.MigrationsTest.xml");
		assertThat(checks).contains("failures=\"0\"", "errors=\"0\"", "skipped=\"0\"")
			.contains("single head", "upgrade base -&gt; heads", "entities match the migrated schema",
					"revisions pass lint", "offline SQL reaches the same schema as online")
			// The stairway steps every revision, the Java revision bean included.
			.contains("3f1a2b3c4d5e (create books)", "4a2b3c4d5e6f (seed the classics)",
					"5b3c4d5e6f7a (books get a published year)");

		String slice = build.read("target/surefire-reports/TEST-com.example.library.BookRepositoryTest.xml");
		assertThat(slice).contains("tests=\"2\"", "failures=\"0\"", "errors=\"0\"", "skipped=\"0\"");
	}

	@Test
	void aotProcessedApplicationAppliesItsRevisionsOnStartup() throws Exception {
		assertThat(result.succeeded()).as(result.output()).isTrue();
		assertThat(result.output())
			.contains("spring-boot:" + System.getProperty("spring-boot.version") + ":process-aot (process-aot)");
		try (TestDatabase database = TestDatabase.create()) {
			// The packaged jar, run as in production but on Spring AOT's generated bean
			// definitions: no configuration classes are parsed, no conditions evaluated.
			// Hibernate validates the entities against the schema the revisions made.
			List<String> command = new ArrayList<>(List.of(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
					"-Dspring.aot.enabled=true", "-jar", "target/library-1.0.jar",
					"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user(),
					"--spring.datasource.password=" + database.password()));
			File log = build.file("target/aot-run.log");
			Process process = new ProcessBuilder(command).directory(build.file("."))
				.redirectErrorStream(true)
				.redirectOutput(log)
				.start();
			boolean finished = process.waitFor(5, TimeUnit.MINUTES);
			process.destroyForcibly();
			String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
			assertThat(finished).as(output).isTrue();
			assertThat(process.exitValue()).as(output).isZero();
			assertThat(output).contains("Starting AOT-processed LibraryApplication");
			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				// The SQL revisions (the table, then its published_year column) and the
				// Java revision bean between them (the three classics).
				assertThat(strings(statement, "SELECT revision FROM migrate_version")).as(output)
					.containsExactly("5b3c4d5e6f7a");
				assertThat(strings(statement,
						"SELECT title || ':' || coalesce(published_year::text, '-') FROM books" + " ORDER BY title"))
					.containsExactly("Emma:-", "Middlemarch:-", "Persuasion:-");
			}
		}
	}

	private static List<String> strings(Statement statement, String query) throws Exception {
		List<String> values = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
