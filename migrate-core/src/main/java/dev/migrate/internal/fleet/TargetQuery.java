package dev.migrate.internal.fleet;

import dev.migrate.FleetTarget;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.internal.runtime.ConnectionSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Runs a query on the control database (the fleet's own connection) and turns each row
 * into a target. Columns are recognised by name: {@code schema} (or {@code schema_name},
 * {@code nspname}), {@code url}, {@code name}, {@code labels} (comma separated); a query
 * with one column of another name gives schemas. So {@code select schema_name from
 * tenants} works as it is.
 */
public final class TargetQuery {

	private TargetQuery() {
	}

	public static List<FleetTarget> run(MigrateConfig control, String sql) {
		try (Connection connection = new ConnectionSource(control).open("migrate-fleet-targets");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			Columns columns = Columns.of(rs.getMetaData(), sql);
			List<FleetTarget> targets = new ArrayList<>();
			while (rs.next()) {
				String url = columns.url < 0 ? null : rs.getString(columns.url);
				String schema = columns.schema < 0 ? null : rs.getString(columns.schema);
				String name = columns.name < 0 ? null : rs.getString(columns.name);
				String labels = columns.labels < 0 ? null : rs.getString(columns.labels);
				try {
					targets.add(new FleetTarget(name != null ? name : TargetNames.defaultName(url, schema), url, schema,
							new LinkedHashSet<>(TargetNames.labels(labels))));
				}
				catch (IllegalArgumentException ex) {
					throw new MigrateException("The fleet targets query returned an unusable row (row " + rs.getRow()
							+ "): " + ex.getMessage() + "\n    query: " + sql, ex);
				}
			}
			return targets;
		}
		catch (SQLException ex) {
			throw new MigrateException("The fleet targets query failed on "
					+ ConnectionSource
						.withoutPassword(control.url() != null ? control.url() : "the application's DataSource")
					+ ": " + ex.getMessage() + "\n    query: " + sql, ex);
		}
	}

	/** Positions (1-based) of the recognised columns, -1 when absent. */
	private record Columns(int schema, int url, int name, int labels) {

		static Columns of(ResultSetMetaData meta, String sql) throws SQLException {
			int schema = -1;
			int url = -1;
			int name = -1;
			int labels = -1;
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				switch (meta.getColumnLabel(i).toLowerCase(Locale.ROOT)) {
					case "schema", "schema_name", "nspname" -> schema = i;
					case "url" -> url = i;
					case "name" -> name = i;
					case "labels" -> labels = i;
					default -> {
					}
				}
			}
			if (schema < 0 && url < 0) {
				if (meta.getColumnCount() == 1) {
					schema = 1;
				}
				else {
					throw new MigrateException("The fleet targets query returns neither a 'schema' nor a 'url' column;"
							+ " name them so (select schema_name AS schema, ...)\n    query: " + sql);
				}
			}
			return new Columns(schema, url, name, labels);
		}

	}

}
