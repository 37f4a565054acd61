package dev.migrate.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details for migrate's own connection to the database, as Spring Boot's
 * {@code FlywayConnectionDetails} are for Flyway. The auto-configured bean reads
 * {@code migrate.url}, {@code migrate.user} and {@code migrate.password}; a
 * Testcontainers {@code @ServiceConnection} database or a Docker Compose service supplies
 * its own, so that migrate connects to the container without any property.
 *
 * <p>
 * Without a JDBC URL the engine migrates the application's DataSource (as
 * {@link #getUsername() the user}, when one is given).
 */
public interface MigrateConnectionDetails extends ConnectionDetails {

	/**
	 * The JDBC URL migrate connects with, or {@code null} to use the application's
	 * DataSource.
	 * @return the JDBC URL or {@code null}
	 */
	@Nullable String getJdbcUrl();

	/**
	 * The user to connect as, or {@code null} for the URL's or the DataSource's.
	 * @return the user or {@code null}
	 */
	@Nullable String getUsername();

	/**
	 * The password of {@link #getUsername() the user}, or {@code null}.
	 * @return the password or {@code null}
	 */
	@Nullable String getPassword();

}
