package dev.migrate.internal.schema;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnIdentity;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.ops.ReferentialAction;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.SchemaReflectionException;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.TableBuilder;
import dev.migrate.schema.UniqueConstraint;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads tables, columns, keys, indexes, constraints, comments, sequences and enum types
 * of whole schemas from {@code pg_catalog}. Each object kind is one query over all
 * requested schemas (seven queries in all, whatever the number of tables), which is what
 * keeps reflecting a thousand tables well under a second; per-table
 * {@code DatabaseMetaData} calls would need thousands of round trips.
 *
 * <p>
 * Partitions are left out (their parent stands for them), and so are sequences owned by
 * identity columns, which are part of their column.
 */
public final class PostgresSchemaReflector {

	private static final String TABLES = """
			SELECT c.oid, n.nspname, c.relname, d.description
			FROM pg_class c
			JOIN pg_namespace n ON n.oid = c.relnamespace
			LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
			WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
			ORDER BY n.nspname, c.relname
			""";

	private static final String COLUMNS = """
			SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
			       pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated, d.description, a.attnum
			FROM pg_attribute a
			JOIN pg_class c ON c.oid = a.attrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
			LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass
			     AND d.objsubid = a.attnum
			WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND NOT c.relispartition
			  AND n.nspname = ANY (?)
			ORDER BY a.attrelid, a.attnum
			""";

	// Key columns come as attribute numbers and are named from the columns already read;
	// only foreign
	// keys into schemas that are not reflected need their target columns named here.
	private static final String CONSTRAINTS = """
			SELECT con.conrelid, con.conname, con.contype, con.conkey, con.confrelid, fn.nspname, fc.relname,
			       con.confkey, con.confupdtype, con.confdeltype, con.condeferrable, con.condeferred,
			       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid, true) END,
			       CASE WHEN con.contype = 'f' AND fn.nspname <> ALL (?) THEN
			            ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
			                  JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord)
			       END
			FROM pg_constraint con
			JOIN pg_class c ON c.oid = con.conrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			LEFT JOIN pg_class fc ON fc.oid = con.confrelid
			LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
			WHERE con.contype IN ('p', 'u', 'f', 'c') AND c.relkind IN ('r', 'p') AND NOT c.relispartition
			  AND con.conislocal AND n.nspname = ANY (?)
			ORDER BY con.conrelid, con.conname
			""";

	// Indexes that back a primary key, unique or exclusion constraint belong to the
	// constraint. Plain
	// key columns are named from the columns already read; pg_get_indexdef, which is
	// slow, only prints
	// indexes with expressions.
	private static final String INDEXES = """
			SELECT i.indrelid, ic.relname, i.indisunique, am.amname, pg_get_expr(i.indpred, i.indrelid, true),
			       i.indkey::int2[], i.indoption::int2[], i.indnkeyatts,
			       CASE WHEN 0 = ANY (i.indkey::int2[]) THEN
			            ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k
			                  ORDER BY k)
			       END
			FROM pg_index i
			JOIN pg_class ic ON ic.oid = i.indexrelid
			JOIN pg_am am ON am.oid = ic.relam
			JOIN pg_class c ON c.oid = i.indrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
			  AND NOT EXISTS (SELECT 1 FROM pg_constraint con
			                  WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
			                    AND con.contype IN ('p', 'u', 'x'))
			ORDER BY i.indrelid, ic.relname
			""";

	private static final String SEQUENCES = """
			SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,
			       dep.deptype, tc.relname, ta.attname
			FROM pg_sequence s
			JOIN pg_class c ON c.oid = s.seqrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
			     AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')
			LEFT JOIN pg_class tc ON tc.oid = dep.refobjid
			LEFT JOIN pg_attribute ta ON ta.attrelid = dep.refobjid AND ta.attnum = dep.refobjsubid
			WHERE n.nspname = ANY (?)
			ORDER BY n.nspname, c.relname
			""";

	private static final String ENUM_TYPES = """
			SELECT n.nspname, t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)
			FROM pg_type t
			JOIN pg_namespace n ON n.oid = t.typnamespace
			JOIN pg_enum e ON e.enumtypid = t.oid
			WHERE n.nspname = ANY (?)
			GROUP BY n.nspname, t.typname
			ORDER BY n.nspname, t.typname
			""";

	private static final int FETCH_SIZE = 10_000;

	private static final String SCHEMAS = "SELECT nspname FROM pg_namespace WHERE nspname = ANY (?)";

	/** Reflects the connection's current schema. */
	public SchemaModel reflect(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
			rs.next();
			String current = rs.getString(1);
			if (current == null) {
				throw new SchemaReflectionException(List.of(), new SQLException(
						"the connection has no current schema (search_path names no existing schema)"));
			}
			return reflect(connection, List.of(current));
		}
		catch (SQLException ex) {
			throw new SchemaReflectionException(List.of(), ex);
		}
	}

	/**
	 * Reflects the given schemas; schemas that do not exist are simply absent from the
	 * model.
	 */
	public SchemaModel reflect(Connection connection, List<String> schemas) {
		try {
			Array schemaArray = connection.createArrayOf("text", schemas.toArray());
			Map<Long, TableBuilder> tables = readTables(connection, schemaArray);
			Map<Long, Map<Integer, String>> columnNames = readColumns(connection, schemaArray, tables);
			readConstraints(connection, schemaArray, tables, columnNames);
			readIndexes(connection, schemaArray, tables, columnNames);
			List<Table> built = tables.values().stream().map(TableBuilder::build).toList();
			return new SchemaModel(readSchemas(connection, schemaArray), built, readSequences(connection, schemaArray),
					readEnumTypes(connection, schemaArray));
		}
		catch (SQLException ex) {
			throw new SchemaReflectionException(schemas, ex);
		}
	}

	private static Set<String> readSchemas(Connection connection, Array schemas) throws SQLException {
		Set<String> existing = new TreeSet<>();
		query(connection, SCHEMAS, schemas, rs -> existing.add(rs.getString(1)));
		return existing;
	}

	private static Map<Long, TableBuilder> readTables(Connection connection, Array schemas) throws SQLException {
		Map<Long, TableBuilder> tables = new LinkedHashMap<>();
		query(connection, TABLES, schemas, rs -> {
			tables.put(rs.getLong(1), Table.builder(rs.getString(2), rs.getString(3)).comment(rs.getString(4)));
		});
		return tables;
	}

	/**
	 * Reads the columns into their tables and returns their names by table oid and
	 * attribute number.
	 */
	private static Map<Long, Map<Integer, String>> readColumns(Connection connection, Array schemas,
			Map<Long, TableBuilder> tables) throws SQLException {
		Map<Long, Map<Integer, String>> names = new HashMap<>();
		query(connection, COLUMNS, schemas, rs -> {
			long table = rs.getLong(1);
			String defaultOrGenerated = rs.getString(5);
			boolean generated = "s".equals(rs.getString(7));
			tables.get(table)
				.column(new Column(rs.getString(2), rs.getString(3), !rs.getBoolean(4),
						generated ? null : defaultOrGenerated, identity(rs.getString(6)),
						generated ? defaultOrGenerated : null, rs.getString(8)));
			names.computeIfAbsent(table, key -> new HashMap<>()).put(rs.getInt(9), rs.getString(2));
		});
		return names;
	}

	private static ColumnIdentity identity(String code) {
		if ("a".equals(code)) {
			return ColumnIdentity.ALWAYS;
		}
		return "d".equals(code) ? ColumnIdentity.BY_DEFAULT : ColumnIdentity.NONE;
	}

	private static void readConstraints(Connection connection, Array schemas, Map<Long, TableBuilder> tables,
			Map<Long, Map<Integer, String>> columnNames) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(CONSTRAINTS)) {
			statement.setArray(1, schemas);
			statement.setArray(2, schemas);
			statement.setFetchSize(FETCH_SIZE);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					addConstraint(rs, tables.get(rs.getLong(1)), columnNames);
				}
			}
		}
	}

	private static void addConstraint(ResultSet rs, TableBuilder table, Map<Long, Map<Integer, String>> columnNames)
			throws SQLException {
		String name = rs.getString(2);
		List<String> columns = columnNames(columnNames.get(rs.getLong(1)), rs.getArray(4));
		switch (rs.getString(3)) {
			case "p" -> table.primaryKey(new PrimaryKey(name, columns));
			case "u" -> table.unique(new UniqueConstraint(name, columns));
			case "f" -> {
				Map<Integer, String> targetNames = columnNames.get(rs.getLong(5));
				List<String> targetColumns = targetNames != null ? columnNames(targetNames, rs.getArray(8))
						: strings(rs.getArray(14));
				table.foreignKey(new ForeignKey(name, columns, rs.getString(6), rs.getString(7), targetColumns,
						referentialAction(rs.getString(9)), referentialAction(rs.getString(10)), rs.getBoolean(11),
						rs.getBoolean(12)));
			}
			default -> table.check(new CheckConstraint(name, rs.getString(13)));
		}
	}

	private static void readIndexes(Connection connection, Array schemas, Map<Long, TableBuilder> tables,
			Map<Long, Map<Integer, String>> columnNames) throws SQLException {
		query(connection, INDEXES, schemas, rs -> {
			long table = rs.getLong(1);
			tables.get(table)
				.index(new Index(rs.getString(2), rs.getBoolean(3), indexElements(rs, columnNames.get(table)),
						rs.getString(4), rs.getString(5)));
		});
	}

	// indoption bit 0 is DESC; key attribute number 0 marks an expression, printed by
	// pg_get_indexdef.
	private static List<String> indexElements(ResultSet rs, Map<Integer, String> names) throws SQLException {
		Short[] keys = (Short[]) rs.getArray(6).getArray();
		Short[] options = (Short[]) rs.getArray(7).getArray();
		int keyCount = rs.getInt(8);
		List<String> printed = strings(rs.getArray(9));
		List<String> elements = new ArrayList<>(keyCount);
		for (int k = 0; k < keyCount; k++) {
			String element = keys[k] == 0 ? printed.get(k) : names.get((int) keys[k]);
			elements.add((options[k] & 1) == 1 ? element + " DESC" : element);
		}
		return elements;
	}

	private static List<Sequence> readSequences(Connection connection, Array schemas) throws SQLException {
		List<Sequence> sequences = new ArrayList<>();
		query(connection, SEQUENCES, schemas, rs -> {
			String dependency = rs.getString(6);
			if ("i".equals(dependency)) {
				return;
			}
			String ownedBy = "a".equals(dependency) && rs.getString(8) != null ? rs.getString(7) + "." + rs.getString(8)
					: null;
			sequences.add(new Sequence(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
					ownedBy));
		});
		return sequences;
	}

	private static List<EnumType> readEnumTypes(Connection connection, Array schemas) throws SQLException {
		List<EnumType> types = new ArrayList<>();
		query(connection, ENUM_TYPES, schemas,
				rs -> types.add(new EnumType(rs.getString(1), rs.getString(2), strings(rs.getArray(3)))));
		return types;
	}

	private static List<String> columnNames(Map<Integer, String> names, Array attributeNumbers) throws SQLException {
		if (attributeNumbers == null) {
			return List.of();
		}
		Short[] numbers = (Short[]) attributeNumbers.getArray();
		List<String> columns = new ArrayList<>(numbers.length);
		for (Short number : numbers) {
			columns.add(names.get((int) number));
		}
		return columns;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static void query(Connection connection, String sql, Array schemas, RowHandler handler)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setArray(1, schemas);
			statement.setFetchSize(FETCH_SIZE);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					handler.handle(rs);
				}
			}
		}
	}

	@FunctionalInterface
	private interface RowHandler {

		void handle(ResultSet rs) throws SQLException;

	}

	/** Decodes {@code confupdtype}/{@code confdeltype} of pg_constraint. */
	private static ReferentialAction referentialAction(String code) {
		return switch (code) {
			case "r" -> ReferentialAction.RESTRICT;
			case "c" -> ReferentialAction.CASCADE;
			case "n" -> ReferentialAction.SET_NULL;
			case "d" -> ReferentialAction.SET_DEFAULT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

}
