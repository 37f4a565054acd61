package dev.migrate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@PostgresTest
class TestDatabaseTest {

	@Test
	void givesARealPostgresServer(TestDatabase database) throws Exception {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SHOW server_version_num")) {
			rs.next();
			// The embedded binaries are pinned to 17+; an external server is whatever the
			// user points at.
			int minimum = TestDatabaseServers.shared() instanceof EmbeddedTestDatabaseServer ? 170000 : 90600;
			assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(minimum);
		}
	}

	@Test
	void sameDatabaseForTheWholeClass(TestDatabase first) throws Exception {
		try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS marker (id int)");
		}
		assertThat(first.name()).startsWith("migrate_test_");
	}

	@Test
	void freshDatabasesAreEmptyAndDroppedOnClose() throws Exception {
		String name;
		try (TestDatabase database = TestDatabase.create();
				Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
			name = database.name();
			rs.next();
			assertThat(rs.getInt(1)).isZero();
		}
		TestDatabaseServer server = TestDatabaseServers.shared();
		try (Connection admin = java.sql.DriverManager.getConnection(server.jdbcUrl(server.adminDatabase()),
				server.user(), server.password());
				Statement statement = admin.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
			rs.next();
			assertThat(rs.getInt(1)).isZero();
		}
	}

	@Test
	void parsesBothExternalUrlForms() {
		ExternalTestDatabaseServer jdbc = ExternalTestDatabaseServer
			.parse("jdbc:postgresql://db.example:6543/admin?user=ci&password=s3cret&sslmode=disable");
		assertThat(jdbc.jdbcUrl("x")).isEqualTo("jdbc:postgresql://db.example:6543/x?sslmode=disable");
		assertThat(jdbc.user()).isEqualTo("ci");
		assertThat(jdbc.password()).isEqualTo("s3cret");
		assertThat(jdbc.adminDatabase()).isEqualTo("admin");
		assertThat(jdbc.description()).doesNotContain("s3cret");

		ExternalTestDatabaseServer libpq = ExternalTestDatabaseServer
			.parse("postgresql://app:p%40ss@localhost/postgres");
		assertThat(libpq.jdbcUrl("y")).isEqualTo("jdbc:postgresql://localhost/y");
		assertThat(libpq.user()).isEqualTo("app");
		assertThat(libpq.password()).isEqualTo("p@ss");

		ExternalTestDatabaseServer plus = ExternalTestDatabaseServer
			.parse("postgresql://a+b:p+w%2Bd@localhost/postgres?options=-c%20search_path%3Ds");
		assertThat(plus.user()).isEqualTo("a+b");
		assertThat(plus.password()).isEqualTo("p+w+d");
		assertThat(plus.jdbcUrl("z")).isEqualTo("jdbc:postgresql://localhost/z?options=-c%20search_path%3Ds");

		assertThatThrownBy(() -> ExternalTestDatabaseServer.parse("mysql://x/y"))
			.hasMessageContaining("MIGRATE_TEST_DATABASE_URL");
	}

}
