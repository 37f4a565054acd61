package dev.migrate.autoconfigure.testcontainers;

import dev.migrate.autoconfigure.MigrateConnectionDetails;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * Creates {@link MigrateConnectionDetails} from a {@code @ServiceConnection}
 * {@link JdbcDatabaseContainer}, as Spring Boot does for Flyway: migrate then connects to
 * the container with its URL and credentials.
 */
class MigrateContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<JdbcDatabaseContainer<?>, MigrateConnectionDetails> {

	@Override
	protected MigrateConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
		return new MigrateContainerConnectionDetails(source);
	}

	/** {@link MigrateConnectionDetails} read from the started container. */
	private static final class MigrateContainerConnectionDetails
			extends ContainerConnectionDetails<JdbcDatabaseContainer<?>> implements MigrateConnectionDetails {

		private MigrateContainerConnectionDetails(ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
			super(source);
		}

		@Override
		public String getJdbcUrl() {
			return getContainer().getJdbcUrl();
		}

		@Override
		public String getUsername() {
			return getContainer().getUsername();
		}

		@Override
		public String getPassword() {
			return getContainer().getPassword();
		}

	}

}
