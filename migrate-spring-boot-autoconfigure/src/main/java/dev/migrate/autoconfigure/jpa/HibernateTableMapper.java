package dev.migrate.autoconfigure.jpa;

import org.jspecify.annotations.Nullable;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnIdentity;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.ops.ReferentialAction;
import dev.migrate.schema.Table;
import dev.migrate.schema.TableBuilder;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.UniqueKey;

/**
 * Converts one Hibernate {@link org.hibernate.mapping.Table} into a {@link Table}, the
 * way Hibernate's schema export would create it on PostgreSQL: column types from
 * {@code Column.getSqlType(Metadata)}, {@code unique = true} columns as unique
 * constraints, column checks (such as those for enums) with their column.
 *
 * <p>
 * Constraints and indexes the entities leave unnamed are left unnamed here too
 * ({@code null}), not given Hibernate's hashed names
 * ({@code FKbnuj0gvhjwxodmmu7gj3iivse}, {@code UK...}, {@code IDX...}): autogenerate
 * names them by migrate's naming convention, and check matches them by what they cover,
 * so a database built by Hibernate and one built by migrate both match.
 */
final class HibernateTableMapper {

	private final Metadata metadata;

	private final String defaultSchema;

	/**
	 * @param defaultSchema the schema of tables that name none
	 * ({@code hibernate.default_schema}), or {@code null}
	 */
	HibernateTableMapper(Metadata metadata, String defaultSchema) {
		this.metadata = metadata;
		this.defaultSchema = defaultSchema;
	}

	Table map(org.hibernate.mapping.Table table) {
		String tableName = HibernateNames.name(table.getNameIdentifier());
		TableBuilder builder = Table.builder(schema(table), tableName).comment(table.getComment());
		for (org.hibernate.mapping.Column column : table.getColumns()) {
			builder.column(column(column));
			addColumnChecks(builder, column);
		}
		if (table.hasPrimaryKey()) {
			// Hibernate's exporter writes "primary key (...)" without a name, so
			// PostgreSQL names it table_pkey.
			builder.primaryKey(new PrimaryKey(null, columnNames(table.getPrimaryKey().getColumns())));
		}
		addUniques(builder, table);
		addIndexes(builder, table);
		addForeignKeys(builder, table);
		addTableChecks(builder, tableName, table);
		return builder.build();
	}

	private Column column(org.hibernate.mapping.Column column) {
		return new Column(name(column), column.getSqlType(metadata), column.isNullable(), column.getDefaultValue(),
				column.isIdentity() ? ColumnIdentity.BY_DEFAULT : ColumnIdentity.NONE, column.getGeneratedAs(),
				column.getComment());
	}

	private static void addTableChecks(TableBuilder builder, String tableName, org.hibernate.mapping.Table table) {
		int unnamed = 0;
		for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
			// PostgreSQL names unnamed table checks table_check, table_check1, ...
			String name = check.isNamed() ? constraintName(check.getName())
					: tableName + "_check" + (unnamed == 0 ? "" : String.valueOf(unnamed));
			if (!check.isNamed()) {
				unnamed++;
			}
			builder.check(new CheckConstraint(name, check.getConstraint()));
		}
	}

	private static void addColumnChecks(TableBuilder builder, org.hibernate.mapping.Column column) {
		// Hibernate's exporter writes a column's unnamed checks as one
		// "check ((a) and (b))" (e.g. @Min and @Max on one column), which PostgreSQL
		// names table_column_check, and autogenerate by the naming convention; named
		// ones are separate constraints.
		List<String> unnamed = new ArrayList<>();
		for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
			if (check.isNamed()) {
				builder.check(new CheckConstraint(constraintName(check.getName()), check.getConstraint()));
			}
			else {
				unnamed.add(check.getConstraint());
			}
		}
		if (!unnamed.isEmpty()) {
			String expression = unnamed.size() == 1 ? unnamed.get(0)
					: String.join(" and ", unnamed.stream().map(condition -> "(" + condition + ")").toList());
			builder.check(new CheckConstraint(null, expression, List.of(name(column))));
		}
	}

	private static void addUniques(TableBuilder builder, org.hibernate.mapping.Table table) {
		Set<List<String>> covered = new HashSet<>();
		if (table.hasPrimaryKey()) {
			covered.add(columnNames(table.getPrimaryKey().getColumns()));
		}
		for (UniqueKey key : table.getUniqueKeys().values()) {
			List<String> columns = columnNames(key.getColumns());
			if (covered.add(columns)) {
				builder.unique(new UniqueConstraint(
						isGenerated(key.getName(), "UK") ? null : constraintName(key.getName()), columns));
			}
		}
		// Hibernate's exporter turns unique = true columns into unique keys only when it
		// writes DDL.
		for (org.hibernate.mapping.Column column : table.getColumns()) {
			List<String> columns = List.of(name(column));
			if (column.isUnique() && covered.add(columns)) {
				String name = column.getUniqueKeyName() != null && !isGenerated(column.getUniqueKeyName(), "UK")
						? constraintName(column.getUniqueKeyName()) : null;
				builder.unique(new UniqueConstraint(name, columns));
			}
		}
	}

	private static void addIndexes(TableBuilder builder, org.hibernate.mapping.Table table) {
		for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
			List<String> elements = new ArrayList<>();
			for (org.hibernate.mapping.Column column : index.getColumns()) {
				String order = index.getColumnOrderMap().get(column);
				elements.add(name(column)
						+ (order != null && order.trim().toLowerCase(Locale.ROOT).startsWith("desc") ? " DESC" : ""));
			}
			String name = isGenerated(index.getName(), "IDX") ? null : constraintName(index.getName());
			builder.index(new Index(name, index.isUnique(), elements, "btree", null));
		}
	}

	private String schema(org.hibernate.mapping.Table table) {
		String schema = HibernateNames.name(table.getSchemaIdentifier());
		return schema != null ? schema : defaultSchema;
	}

	private void addForeignKeys(TableBuilder builder, org.hibernate.mapping.Table table) {
		for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
			if (!fk.isCreationEnabled() || !fk.isPhysicalConstraint()) {
				continue;
			}
			org.hibernate.mapping.Table target = fk.getReferencedTable();
			List<org.hibernate.mapping.Column> targetColumns = fk.isReferenceToPrimaryKey()
					? target.getPrimaryKey().getColumns() : fk.getReferencedColumns();
			String name = isGenerated(fk.getName(), "FK") ? null : constraintName(fk.getName());
			builder.foreignKey(new ForeignKey(name, columnNames(fk.getColumns()), schema(target),
					HibernateNames.name(target.getNameIdentifier()), columnNames(targetColumns),
					ReferentialAction.NO_ACTION, onDelete(fk.getOnDeleteAction()), false, false));
		}
	}

	private static ReferentialAction onDelete(OnDeleteAction action) {
		if (action == null) {
			return ReferentialAction.NO_ACTION;
		}
		return switch (action) {
			case CASCADE -> ReferentialAction.CASCADE;
			case SET_NULL -> ReferentialAction.SET_NULL;
			case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
			case RESTRICT -> ReferentialAction.RESTRICT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

	// Hibernate keeps no reliable flag for a name it made up: its implicit naming
	// strategy writes a prefix (FK, UK, IDX) and a base-35 hash of the table and
	// columns (FKbnuj0gvhjwxodmmu7gj3iivse).
	private static boolean isGenerated(String name, String prefix) {
		return name != null && name.matches(prefix + "[0-9a-z]{20,}");
	}

	private static List<String> columnNames(List<org.hibernate.mapping.Column> columns) {
		return columns.stream().map(HibernateTableMapper::name).toList();
	}

	// Generated names such as FKapetyev9j9... are written unquoted, so PostgreSQL stores
	// them in lower case.
	private static @Nullable String constraintName(@Nullable String name) {
		if (name == null) {
			return null;
		}
		boolean quoted = name.length() > 1 && (name.startsWith("`") || name.startsWith("\""));
		return quoted ? name.substring(1, name.length() - 1) : name.toLowerCase(Locale.ROOT);
	}

	private static String name(org.hibernate.mapping.Column column) {
		return HibernateNames.name(column.getName(), column.isQuoted());
	}

}
