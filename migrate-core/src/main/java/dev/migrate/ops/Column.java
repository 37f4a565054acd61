package dev.migrate.ops;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column definition, as used by {@link CreateTable} and {@link AddColumn}. Built with
 * {@link ColumnBuilder}; the column-level constraints render inline ({@code PRIMARY KEY},
 * {@code UNIQUE}, {@code REFERENCES}).
 *
 * @param name column name
 * @param type data type
 * @param nullable false renders {@code NOT NULL}
 * @param serverDefault {@code DEFAULT ...}, or {@code null}
 * @param identity identity generation, or {@code null}
 * @param primaryKey whether the column alone is the primary key
 * @param unique whether the column alone is unique
 * @param references a single-column foreign key whose columns are this column, or
 * {@code null}
 * @param comment the column comment, or {@code null}
 */
public record Column(String name, ColumnType type, boolean nullable, @Nullable ServerDefault serverDefault,
		@Nullable Identity identity, boolean primaryKey, boolean unique, @Nullable ForeignKey references,
		@Nullable String comment) {

	public Column {
		Names.require(name, "column name");
		Objects.requireNonNull(type, "type of column " + name);
		if (identity != null && serverDefault != null) {
			throw new IllegalArgumentException("column " + name + " cannot have both an identity and a default");
		}
		if (references != null && !references.columns().equals(List.of(name))) {
			throw new IllegalArgumentException("inline foreign key of column " + name + " must have columns [" + name
					+ "], not " + references.columns());
		}
	}

	/** A nullable column without constraints. */
	public static Column of(String name, ColumnType type) {
		return new Column(name, type, true, null, null, false, false, null, null);
	}

}
