package dev.migrate.autoconfigure.docker.compose;

import dev.migrate.autoconfigure.MigrateConnectionDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Adapts the {@link JdbcConnectionDetails} Spring Boot's Docker Compose support creates
 * for a database service into {@link MigrateConnectionDetails}, as it does for Flyway.
 */
class JdbcAdaptingMigrateConnectionDetailsFactory
		implements ConnectionDetailsFactory<JdbcConnectionDetails, MigrateConnectionDetails> {

	@Override
	public MigrateConnectionDetails getConnectionDetails(JdbcConnectionDetails input) {
		return new MigrateConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return input.getJdbcUrl();
			}

			@Override
			public @Nullable String getUsername() {
				return input.getUsername();
			}

			@Override
			public @Nullable String getPassword() {
				return input.getPassword();
			}

		};
	}

}
