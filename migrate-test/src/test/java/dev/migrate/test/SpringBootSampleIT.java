package dev.migrate.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.test.SampleBuild.Result;
import org.junit.jupiter.api.Test;

/**
 * src/it/spring-boot-app: a Spring Boot application that uses the published artifacts
 * exactly as a user would (the starter, and {@code migrate-test} in test scope) and
 * nothing else: its {@code MigrationsTest} is {@code @SpringBootTest @MigrationChecks}
 * and no body, its {@code BookRepositoryTest} a bare {@code @DataJpaTest}. Built by real
 * Maven against the artifacts of this build (installed into target/it-repo, never the
 * shared local repository), its tests run on embedded PostgreSQL that the kit starts.
 */
class SpringBootSampleIT {

	@Test
	void checksAndSliceTestPassInAUsersProject() throws Exception {
		SampleBuild build = SampleBuild.copy("spring-boot-app");
		Result result = build.run("verify");
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

}
