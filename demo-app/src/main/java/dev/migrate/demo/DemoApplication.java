package dev.migrate.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Alembic tutorial's users-and-orders application, migrated by migrate on startup.
 * Runs on an embedded PostgreSQL by default; {@code --spring.profiles.active=postgres}
 * with {@code DATABASE_URL} or {@code spring.datasource.*} points it at a real server.
 */
@SpringBootApplication
public class DemoApplication {

	public static void main(String[] args) {
		SpringApplication.run(DemoApplication.class, args);
	}

}
