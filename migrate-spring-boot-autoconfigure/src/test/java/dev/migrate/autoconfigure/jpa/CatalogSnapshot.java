package dev.migrate.autoconfigure.jpa;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a database's catalog says about its user schemas, one line per object, read with
 * plain queries on {@code pg_catalog} (not with migrate's reflector, which is under
 * test): every table with its columns in physical order (type as {@code format_type}
 * prints it, NOT NULL, default, identity, generated expression), every constraint as
 * {@code pg_get_constraintdef} prints it (primary keys with their column order, foreign
 * keys with actions and deferrability, unique and check constraints), every index not
 * backing a constraint as {@code pg_get_indexdef} prints it, and every sequence with its
 * options. Constraint and index names are left out: Hibernate's hashed names and a naming
 * convention may differ while the structure is the same.
 */
final class CatalogSnapshot {

	private static final String USER_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') "
			+ "AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%'";

	private static final String TABLES = """
			SELECT n.nspname || '.' || c.relname || '(' || string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
			       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
			       || CASE WHEN a.attidentity::text <> '' THEN ' identity ' || a.attidentity::text ELSE '' END
			       || CASE WHEN a.attgenerated::text <> '' THEN ' generated ' || pg_get_expr(d.adbin, d.adrelid)
			               WHEN d.adbin IS NOT NULL THEN ' default ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END,
			       ', ' ORDER BY a.attnum) || ')'
			FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
			LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
			WHERE c.relkind IN ('r', 'p') AND %s
			GROUP BY n.nspname, c.relname
			"""
		.formatted(USER_SCHEMAS);

	private static final String CONSTRAINTS = """
			SELECT n.nspname || '.' || c.relname || ' ' || pg_get_constraintdef(k.oid)
			FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE k.contype IN ('p', 'u', 'f', 'c', 'x') AND %s
			""".formatted(USER_SCHEMAS);

	private static final String INDEXES = """
			SELECT regexp_replace(pg_get_indexdef(i.indexrelid), '^(CREATE (UNIQUE )?INDEX )\\S+ ', '\\1')
			FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) AND %s
			""".formatted(USER_SCHEMAS);

	private static final String SEQUENCES = """
			SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || data_type || ' start ' || start_value
			       || ' increment ' || increment_by || ' min ' || min_value || ' max ' || max_value
			       || ' cache ' || cache_size || CASE WHEN cycle THEN ' cycle' ELSE '' END
			FROM pg_sequences n WHERE n.schemaname NOT IN ('pg_catalog', 'information_schema')
			""";

	private CatalogSnapshot() {
	}

	/** The sorted lines; two databases with equal snapshots have the same structure. */
	static List<String> of(Connection connection) throws SQLException {
		List<String> lines = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			for (String query : List.of(TABLES, CONSTRAINTS, INDEXES, SEQUENCES)) {
				try (ResultSet rows = statement.executeQuery(query)) {
					while (rows.next()) {
						lines.add(rows.getString(1));
					}
				}
			}
		}
		lines.sort(null);
		return lines;
	}

}
