package dev.migrate.schema;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the parts of a {@link Table} one at a time (model builders discover them in
 * any order).
 */
public final class TableBuilder {

	private final String schema;

	private final String name;

	private final List<Column> columns = new ArrayList<>();

	private @Nullable PrimaryKey primaryKey;

	private final List<UniqueConstraint> uniques = new ArrayList<>();

	private final List<ForeignKey> foreignKeys = new ArrayList<>();

	private final List<Index> indexes = new ArrayList<>();

	private final List<CheckConstraint> checks = new ArrayList<>();

	private @Nullable String comment;

	TableBuilder(String schema, String name) {
		this.schema = schema;
		this.name = name;
	}

	public TableBuilder column(Column column) {
		columns.add(column);
		return this;
	}

	public TableBuilder column(String columnName, String type, boolean nullable) {
		return column(Column.of(columnName, type, nullable));
	}

	public TableBuilder primaryKey(PrimaryKey key) {
		this.primaryKey = key;
		return this;
	}

	public TableBuilder primaryKey(String... keyColumns) {
		return primaryKey(new PrimaryKey(null, List.of(keyColumns)));
	}

	public TableBuilder unique(UniqueConstraint unique) {
		uniques.add(unique);
		return this;
	}

	public TableBuilder foreignKey(ForeignKey foreignKey) {
		foreignKeys.add(foreignKey);
		return this;
	}

	public TableBuilder index(Index index) {
		indexes.add(index);
		return this;
	}

	public TableBuilder check(CheckConstraint check) {
		checks.add(check);
		return this;
	}

	public TableBuilder comment(String tableComment) {
		this.comment = tableComment;
		return this;
	}

	public Table build() {
		return new Table(schema, name, columns, primaryKey, uniques, foreignKeys, indexes, checks, comment);
	}

}
