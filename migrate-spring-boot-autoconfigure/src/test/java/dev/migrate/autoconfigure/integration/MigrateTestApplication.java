package dev.migrate.autoconfigure.integration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A plain Spring Boot application for the integration tests: everything auto-configured,
 * JPA entities from this package, revisions from {@code classpath:db/revisions}. Its
 * {@code main} is what the app-jar command test starts as a separate process.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class MigrateTestApplication {

	public static void main(String[] args) {
		SpringApplication.run(MigrateTestApplication.class, args);
	}

}
