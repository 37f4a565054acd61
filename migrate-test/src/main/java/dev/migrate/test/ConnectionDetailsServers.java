package dev.migrate.test;

import dev.migrate.testing.TestDatabaseServer;
import dev.migrate.testing.TestDatabaseServers;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationContext;

/**
 * Finds a service connection's server among Boot's {@link JdbcConnectionDetails}. Only
 * loaded when spring-boot-jdbc is on the class path.
 */
final class ConnectionDetailsServers {

	private ConnectionDetailsServers() {
	}

	static TestDatabaseServer find(ApplicationContext context) {
		for (JdbcConnectionDetails details : context.getBeansOfType(JdbcConnectionDetails.class).values()) {
			// Boot registers one built from spring.datasource.* when nothing else
			// supplies
			// them; that one is the application's own database, not a test server.
			if (!details.getClass().getSimpleName().startsWith("Properties")
					&& details.getJdbcUrl().startsWith("jdbc:postgresql:")) {
				return TestDatabaseServers.external(details.getJdbcUrl(), details.getUsername(), details.getPassword());
			}
		}
		return null;
	}

}
