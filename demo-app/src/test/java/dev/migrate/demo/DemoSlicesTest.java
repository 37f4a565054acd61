package dev.migrate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.demo.users.User;
import dev.migrate.demo.users.UserRepository;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Test slices on the real database apply the revisions before the slice uses it, as they
 * do for Flyway and Liquibase: SQL revisions and the Java revision bean
 * ({@code BackfillUserNames}, which {@code @DataJpaTest} and {@code @JdbcTest} would not
 * scan by themselves) alike.
 */
class DemoSlicesTest {

	private static final TestDatabase jpaDatabase = TestDatabase.create();

	private static final TestDatabase jdbcDatabase = TestDatabase.create();

	@AfterAll
	static void dropDatabases() {
		jpaDatabase.close();
		jdbcDatabase.close();
	}

	static void connect(DynamicPropertyRegistry registry, TestDatabase database) {
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
	}

	@Nested
	@DataJpaTest(properties = "spring.profiles.active=slice")
	@AutoConfigureTestDatabase(replace = Replace.NONE)
	class DataJpa {

		@DynamicPropertySource
		static void database(DynamicPropertyRegistry registry) {
			connect(registry, jpaDatabase);
		}

		@Autowired
		UserRepository users;

		@Autowired
		JdbcTemplate jdbc;

		@Test
		void revisionsAppliedBeforeTheRepositoryRuns() {
			assertThat(jdbc.queryForList("SELECT revision FROM migrate_version", String.class))
				.containsExactly("91a2b3c4d5e6");
			assertThat(jdbc.queryForList("SELECT revision FROM migrate_history WHERE direction = 'upgrade' ORDER BY id",
					String.class))
				.contains("5d6e7f8091a2", "6e7f8091a2b3");
			User saved = users.save(new User("Ada", "Lovelace", "ada@example.com", null));
			assertThat(users.findById(saved.getId())).isPresent();
		}

	}

	@Nested
	@JdbcTest(properties = "spring.profiles.active=slice")
	@AutoConfigureTestDatabase(replace = Replace.NONE)
	class Jdbc {

		@DynamicPropertySource
		static void database(DynamicPropertyRegistry registry) {
			connect(registry, jdbcDatabase);
		}

		@Autowired
		JdbcTemplate jdbc;

		@Test
		void revisionsAppliedIncludingTheJavaRevisionBean() {
			assertThat(jdbc.queryForList("SELECT revision FROM migrate_version", String.class))
				.containsExactly("91a2b3c4d5e6");
			assertThat(jdbc.queryForObject("SELECT count(*) FROM migrate_history WHERE revision = '5d6e7f8091a2'"
					+ " AND direction = 'upgrade' AND success", Integer.class))
				.isEqualTo(1);
		}

	}

}
