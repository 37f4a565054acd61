package dev.migrate.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a database's schema and data look like, as sorted lines of text: one per table,
 * column (type, nullability, default, identity), constraint, index, sequence, view,
 * function, trigger, enum, comment and grant, from the catalog (one query, no pg_dump),
 * plus one per table with rows (count and a hash of the rows as JSON, so column order
 * does not count: a downgrade may add a column back at the end). migrate's own state
 * tables are left out. Two snapshots are compared with
 * {@link #differences(CatalogSnapshot)}.
 */
public final class CatalogSnapshot {

	// Every kind of object in one round trip: the stairway takes three snapshots per
	// revision.
	private static final String CATALOG_SQL = """
			WITH rel AS (
			  SELECT c.oid, c.relname, c.relkind, c.relacl, n.nspname || '.' || c.relname AS qname
			  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
			    AND n.nspname NOT LIKE 'pg\\_temp%' AND c.relname <> ALL (?)
			)
			SELECT 'schema ' || nspname FROM pg_namespace
			  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'public') AND nspname NOT LIKE 'pg\\_%'
			UNION ALL SELECT 'extension ' || extname FROM pg_extension WHERE extname <> 'plpgsql'
			UNION ALL SELECT 'relation ' || qname || ' kind ' || relkind::text FROM rel WHERE relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
			UNION ALL SELECT 'column ' || r.qname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
			    || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
			    || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
			    || CASE a.attidentity WHEN 'a' THEN ' identity always' WHEN 'd' THEN ' identity by default' ELSE '' END
			    || CASE a.attgenerated WHEN 's' THEN ' generated stored' ELSE '' END
			  FROM rel r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
			  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
			  WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f')
			UNION ALL SELECT 'constraint ' || r.qname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
			  FROM pg_constraint con JOIN rel r ON r.oid = con.conrelid
			UNION ALL SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN rel r ON r.oid = i.indrelid
			UNION ALL SELECT 'sequence ' || r.qname || ' ' || format_type(s.seqtypid, NULL) || ' start ' || s.seqstart
			    || ' increment ' || s.seqincrement || ' min ' || s.seqmin || ' max ' || s.seqmax
			    || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END
			  FROM pg_sequence s JOIN rel r ON r.oid = s.seqrelid
			UNION ALL SELECT 'view ' || r.qname || ' ' || pg_get_viewdef(r.oid) FROM rel r WHERE r.relkind IN ('v', 'm')
			UNION ALL SELECT 'function ' || pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
			  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND p.prokind IN ('f', 'p')
			    AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.objid = p.oid AND dep.deptype = 'e')
			UNION ALL SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN rel r ON r.oid = t.tgrelid
			  WHERE NOT t.tgisinternal
			UNION ALL SELECT 'type ' || n.nspname || '.' || t.typname || ' enum ('
			    || (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e
			        WHERE e.enumtypid = t.oid) || ')'
			  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
			  WHERE t.typtype = 'e' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
			UNION ALL SELECT 'comment on ' || r.qname || coalesce('.' || a.attname, '') || ' ' || quote_literal(ds.description)
			  FROM pg_description ds JOIN rel r ON r.oid = ds.objoid AND ds.classoid = 'pg_class'::regclass
			  LEFT JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = ds.objsubid AND ds.objsubid > 0
			UNION ALL SELECT 'grant on ' || r.qname || ' ' || r.relacl::text FROM rel r WHERE r.relacl IS NOT NULL
			""";

	/**
	 * The data lines, in the same round trip: a count and a hash of the rows of every
	 * table that has storage (a table never written to has none, so the many empty tables
	 * of a long chain cost nothing), each read by a query of its own through
	 * {@code query_to_xml} (empty, so no line, when the table has no rows left). One
	 * UNION over a hundred tables took longer to plan than the whole catalog query takes
	 * to run.
	 */
	private static final String ROWS_SQL = """
			UNION ALL SELECT line FROM (
			  SELECT 'rows ' || t.qname || ' ' || substring(query_to_xml(format(
			    'SELECT count(*) || '' md5 '' || coalesce(md5(string_agg(to_jsonb(t)::text, ''|'''
			    || ' ORDER BY to_jsonb(t)::text)), '''') AS x FROM %s t HAVING count(*) > 0', t.qname),
			    false, true, '')::text FROM '<x>([^<]*)</x>') AS line
			  FROM (SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qname
			    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
			      AND n.nspname NOT LIKE 'pg\\_%' AND c.relname <> ALL (?) AND NOT c.relispartition
			      AND CASE WHEN c.relkind = 'p'
			        THEN (SELECT coalesce(sum(pg_relation_size(p.relid)), 0) FROM pg_partition_tree(c.oid) p)
			        ELSE pg_relation_size(c.oid) END > 0) t
			) data WHERE line IS NOT NULL
			""";

	private final List<String> lines;

	private CatalogSnapshot(List<String> lines) {
		this.lines = List.copyOf(lines);
	}

	/**
	 * Reads the catalog and the data of every table.
	 * @param connection an open connection to the database
	 * @param ignoredTables names of tables to leave out (migrate's version and history
	 * tables), with their columns, constraints, indexes and sequences
	 */
	public static CatalogSnapshot take(Connection connection, Collection<String> ignoredTables) throws SQLException {
		return take(connection, ignoredTables, true);
	}

	/**
	 * Reads the catalog, and the data of every table when {@code withRows}: the
	 * stairway's comparisons of two upgrades look at the schema only, and skip hashing
	 * the rows.
	 */
	static CatalogSnapshot take(Connection connection, Collection<String> ignoredTables, boolean withRows)
			throws SQLException {
		List<String> ignored = new ArrayList<>();
		for (String table : ignoredTables) {
			ignored.add(table);
			ignored.add(table + "_pkey");
			ignored.add(table + "_id_seq");
		}
		List<String> lines = new ArrayList<>();
		try (PreparedStatement statement = connection
			.prepareStatement(withRows ? CATALOG_SQL + ROWS_SQL : CATALOG_SQL)) {
			statement.setArray(1, connection.createArrayOf("text", ignored.toArray()));
			if (withRows) {
				statement.setArray(2, connection.createArrayOf("text", ignored.toArray()));
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					lines.add(rows.getString(1));
				}
			}
		}
		return new CatalogSnapshot(new ArrayList<>(new TreeSet<>(lines)));
	}

	/** The snapshot's lines, sorted. */
	public List<String> lines() {
		return lines;
	}

	/** The same snapshot without the data lines: schema only. */
	public CatalogSnapshot schemaOnly() {
		return new CatalogSnapshot(lines.stream().filter(line -> !line.startsWith("rows ")).toList());
	}

	/**
	 * The same snapshot with row counts but without row hashes: for comparing two
	 * databases filled separately, where defaults such as {@code now()} differ.
	 */
	public CatalogSnapshot withoutRowHashes() {
		return new CatalogSnapshot(lines.stream()
			.map(line -> line.startsWith("rows ") ? line.replaceFirst(" md5 \\w*$", "") : line)
			.toList());
	}

	/**
	 * What differs from {@code expected}, one line each: {@code "- "} for what only
	 * {@code expected} has, {@code "+ "} for what only this snapshot has. Empty when
	 * equal.
	 */
	public List<String> differences(CatalogSnapshot expected) {
		Set<String> mine = new TreeSet<>(lines);
		Set<String> theirs = new TreeSet<>(expected.lines);
		List<String> result = new ArrayList<>();
		for (String line : theirs) {
			if (!mine.contains(line)) {
				result.add("- " + line);
			}
		}
		for (String line : lines) {
			if (!theirs.contains(line)) {
				result.add("+ " + line);
			}
		}
		return result;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CatalogSnapshot snapshot && snapshot.lines.equals(lines);
	}

	@Override
	public int hashCode() {
		return lines.hashCode();
	}

	@Override
	public String toString() {
		return String.join("\n", lines);
	}

}
