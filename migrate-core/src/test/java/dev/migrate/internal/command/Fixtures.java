package dev.migrate.internal.command;

import dev.migrate.MigrateConfig;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Configurations and queries shared by the command tests. */
final class Fixtures {

	private Fixtures() {
	}

	/**
	 * Settings for the revisions under
	 * {@code src/test/resources/runtime-revisions/<fixture>}.
	 */
	static MigrateConfig.Builder config(TestDatabase db, String fixture) {
		return MigrateConfig.builder()
			.url(db.jdbcUrl())
			.user(db.user())
			.password(db.password())
			.locations("classpath:runtime-revisions/" + fixture)
			.lockTimeout(Duration.ofSeconds(5))
			.lockWaitTimeout(Duration.ofSeconds(60))
			.connectRetries(0);
	}

	static List<String> query(TestDatabase db, String sql) throws Exception {
		try (Connection connection = db.connect()) {
			return query(connection, sql);
		}
	}

	static List<String> query(Connection connection, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append(i > 1 ? "|" : "").append(rs.getString(i));
				}
				values.add(row.toString());
			}
		}
		return values;
	}

	/** Runs {@code sql} (one or more statements) on a connection of its own. */
	static void execute(TestDatabase db, String sql) throws Exception {
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static List<String> versions(TestDatabase db) throws Exception {
		return query(db, "SELECT revision FROM migrate_version ORDER BY revision");
	}

	/**
	 * The user schema as text (tables, columns, indexes, views, functions, triggers), for
	 * comparing two databases. The state tables are included: they must match too.
	 */
	static List<String> schema(TestDatabase db) throws Exception {
		List<String> schema = new ArrayList<>();
		schema.addAll(query(db, "SELECT table_name, column_name, data_type, is_nullable, column_default "
				+ "FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2"));
		schema.addAll(query(db, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"));
		schema.addAll(query(db, "SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1"));
		schema.addAll(query(db, "SELECT p.proname, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = "
				+ "p.pronamespace WHERE n.nspname = 'public' ORDER BY 1"));
		schema.addAll(query(db, "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"));
		return schema;
	}

}
