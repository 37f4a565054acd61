package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Errors about migrate's own tables name those tables and what to do, instead of the
 * server's bare "permission denied for schema public" or "column ... does not exist".
 */
@PostgresTest
class StateTableErrorsTest {

	@Test
	void aUserWithoutCreateOnTheSchemaIsToldWhatToGrant() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			String role = "nocreate_" + db.name();
			try (Connection admin = db.connect(); Statement statement = admin.createStatement()) {
				// PostgreSQL 15+ grants no CREATE on public to PUBLIC; older ones did.
				statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
				statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'pw'");
				statement.execute("GRANT USAGE ON SCHEMA public TO " + role);
			}
			try {
				// Without the url's own user parameter, which would win over user().
				Migrate migrate = Migrate.create(Fixtures.config(db, "graph")
					.url(db.jdbcUrl().replaceFirst("\\?.*", ""))
					.user(role)
					.password("pw")
					.build());
				assertThatThrownBy(migrate::upgrade).isInstanceOf(MigrateException.class)
					.hasMessageContaining("migrate lacks a privilege on its own tables \"public\".\"migrate_version\" "
							+ "and \"public\".\"migrate_history\"")
					.hasMessageContaining("permission denied for schema public")
					.hasMessageContaining("GRANT CREATE ON SCHEMA \"public\" TO \"" + role + "\"");
				assertThat(Fixtures.query(db, "SELECT to_regclass('migrate_version') IS NULL")).containsExactly("t");
			}
			finally {
				try (Connection admin = db.connect(); Statement statement = admin.createStatement()) {
					statement.execute("DROP OWNED BY " + role);
					statement.execute("DROP ROLE " + role);
				}
			}
		}
	}

	@Test
	void anotherApplicationsTableOfTheSameNameIsNamedAndLeftAlone() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			try (Connection admin = db.connect(); Statement statement = admin.createStatement()) {
				statement.execute("CREATE TABLE migrate_history (id serial PRIMARY KEY, note text NOT NULL)");
				statement.execute("INSERT INTO migrate_history (note) VALUES ('theirs')");
			}
			Migrate migrate = Migrate.create(Fixtures.config(db, "graph").build());
			assertThatThrownBy(migrate::upgrade).isInstanceOf(MigrateException.class)
				.hasMessageContaining("A table named like migrate's own (\"public\".\"migrate_version\" and "
						+ "\"public\".\"migrate_history\") exists but does not have migrate's columns")
				.hasMessageContaining("--history-table");
			assertThatThrownBy(migrate::verify).isInstanceOf(MigrateException.class)
				.hasMessageContaining("does not have migrate's columns");
			assertThat(Fixtures.query(db, "SELECT note FROM migrate_history")).containsExactly("theirs");
		}
	}

}
