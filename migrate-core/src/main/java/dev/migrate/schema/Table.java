package dev.migrate.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A table with everything defined on it.
 *
 * @param schema the schema, or {@code null} for the default schema
 * @param name the table name
 * @param columns columns in their physical order
 * @param primaryKey the primary key, or {@code null}
 * @param uniques unique constraints
 * @param foreignKeys foreign key constraints
 * @param indexes indexes other than those backing the primary key and unique constraints
 * @param checks check constraints
 * @param comment the table comment, or {@code null}
 */
public record Table(@Nullable String schema, String name, List<Column> columns, @Nullable PrimaryKey primaryKey,
		List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<Index> indexes, List<CheckConstraint> checks,
		@Nullable String comment) {

	public Table {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
		uniques = List.copyOf(uniques);
		foreignKeys = List.copyOf(foreignKeys);
		indexes = List.copyOf(indexes);
		checks = List.copyOf(checks);
	}

	public QualifiedName qualifiedName() {
		return new QualifiedName(schema, name);
	}

	public Optional<Column> column(String columnName) {
		return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
	}

	/** This table in another schema, e.g. to resolve a {@code null} schema. */
	public Table withSchema(String newSchema) {
		return new Table(newSchema, name, columns, primaryKey, uniques, foreignKeys, indexes, checks, comment);
	}

	public Table withColumns(List<Column> newColumns) {
		return new Table(schema, name, newColumns, primaryKey, uniques, foreignKeys, indexes, checks, comment);
	}

	public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
		return new Table(schema, name, columns, primaryKey, uniques, newForeignKeys, indexes, checks, comment);
	}

	public Table withIndexes(List<Index> newIndexes) {
		return new Table(schema, name, columns, primaryKey, uniques, foreignKeys, newIndexes, checks, comment);
	}

	public Table withUniques(List<UniqueConstraint> newUniques) {
		return new Table(schema, name, columns, primaryKey, newUniques, foreignKeys, indexes, checks, comment);
	}

	public Table withChecks(List<CheckConstraint> newChecks) {
		return new Table(schema, name, columns, primaryKey, uniques, foreignKeys, indexes, newChecks, comment);
	}

	public Table withComment(String newComment) {
		return new Table(schema, name, columns, primaryKey, uniques, foreignKeys, indexes, checks, newComment);
	}

	/** Starts a table definition; convenient for tests and model builders. */
	public static TableBuilder builder(String schema, String name) {
		return new TableBuilder(schema, name);
	}
}
