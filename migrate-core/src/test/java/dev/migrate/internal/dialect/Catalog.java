package dev.migrate.internal.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back what operations did, from PostgreSQL's catalog, by exact (case-sensitive)
 * names: the independent check of execution tests.
 */
public final class Catalog {

	private final Connection connection;

	public Catalog(Connection connection) {
		this.connection = connection;
	}

	/** What the catalog says about one column. */
	public record ColumnInfo(String type, boolean notNull, String defaultExpression, String identity, String comment) {
	}

	public boolean tableExists(String schema, String table) {
		return exists("SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
				+ " WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p')", schema, table);
	}

	public boolean schemaExists(String schema) {
		return exists("SELECT 1 FROM pg_namespace WHERE nspname = ?", schema);
	}

	public boolean sequenceExists(String schema, String sequence) {
		return exists("SELECT 1 FROM pg_sequences WHERE schemaname = ? AND sequencename = ?", schema, sequence);
	}

	public boolean viewExists(String schema, String view) {
		return exists("SELECT 1 FROM pg_views WHERE schemaname = ? AND viewname = ?", schema, view);
	}

	public boolean typeExists(String schema, String type) {
		return exists("SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
				+ " WHERE n.nspname = ? AND t.typname = ?", schema, type);
	}

	/** Column names in order. */
	public List<String> columns(String schema, String table) {
		return strings("SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
				+ " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?"
				+ " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", schema, table);
	}

	/** The column, or {@code null} when it does not exist. */
	public ColumnInfo column(String schema, String table, String column) {
		String sql = "SELECT format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),"
				+ " a.attidentity, col_description(c.oid, a.attnum)"
				+ " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
				+ " JOIN pg_namespace n ON n.oid = c.relnamespace"
				+ " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
				+ " WHERE n.nspname = ? AND c.relname = ? AND a.attname = ? AND NOT a.attisdropped";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, schema);
			statement.setString(2, table);
			statement.setString(3, column);
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					return null;
				}
				return new ColumnInfo(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
						rs.getString(5));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String tableComment(String schema, String table) {
		return string(
				"SELECT obj_description(c.oid, 'pg_class') FROM pg_class c"
						+ " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?",
				schema, table);
	}

	/** {@code pg_get_indexdef} of the index, or {@code null}. */
	public String indexDefinition(String schema, String index) {
		return string("SELECT indexdef FROM pg_indexes WHERE schemaname = ? AND indexname = ?", schema, index);
	}

	/**
	 * Constraint name to {@code pg_get_constraintdef}, with " [NOT VALID]" appended to
	 * those not validated.
	 */
	public Map<String, String> constraints(String schema, String table) {
		String sql = "SELECT con.conname, pg_get_constraintdef(con.oid), con.convalidated FROM pg_constraint con"
				+ " JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
				+ " WHERE n.nspname = ? AND c.relname = ? AND con.contype IN ('p', 'u', 'c', 'f') ORDER BY con.conname";
		Map<String, String> result = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, schema);
			statement.setString(2, table);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					result.put(rs.getString(1), rs.getString(2) + (rs.getBoolean(3) ? "" : " [NOT VALID]"));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return result;
	}

	/**
	 * {@code start_value, increment_by, min_value, max_value, cache_size, cycle, data_type},
	 * or {@code null}.
	 */
	public String sequenceDefinition(String schema, String sequence) {
		return string(
				"SELECT concat_ws(' ', start_value, increment_by, min_value, max_value, cache_size, cycle,"
						+ " format_type(data_type, NULL)) FROM pg_sequences WHERE schemaname = ? AND sequencename = ?",
				schema, sequence);
	}

	public List<String> enumLabels(String schema, String type) {
		return strings("SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid"
				+ " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ? AND t.typname = ?"
				+ " ORDER BY e.enumsortorder", schema, type);
	}

	public String viewDefinition(String schema, String view) {
		return string("SELECT definition FROM pg_views WHERE schemaname = ? AND viewname = ?", schema, view);
	}

	private boolean exists(String sql, String... parameters) {
		return !strings(sql, parameters).isEmpty();
	}

	private String string(String sql, String... parameters) {
		List<String> values = strings(sql, parameters);
		return values.isEmpty() ? null : values.get(0);
	}

	private List<String> strings(String sql, String... parameters) {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			List<String> values = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getString(1));
				}
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
