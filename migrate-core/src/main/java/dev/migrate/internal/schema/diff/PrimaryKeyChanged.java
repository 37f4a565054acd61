package dev.migrate.internal.schema.diff;

import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.QualifiedName;
import org.jspecify.annotations.Nullable;

/**
 * The primary key differs: it is missing, extra, or covers other columns or the same
 * columns in another order. Order matters: the key's index is ordered by its columns, so
 * {@code (author_id, book_id)} and {@code (book_id, author_id)} serve different queries.
 *
 * @param table the table
 * @param database the key in the database, or {@code null} when it has none
 * @param model the key the entities expect, or {@code null} when they expect none
 */
public record PrimaryKeyChanged(QualifiedName table, @Nullable PrimaryKey database,
		@Nullable PrimaryKey model) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		if (database == null) {
			return "add primary key on " + table + " " + model.columns();
		}
		if (model == null) {
			return "remove primary key " + nameOf(database) + "on " + table + " " + database.columns();
		}
		return "change primary key " + nameOf(database) + "on " + table + " from " + database.columns() + " to "
				+ model.columns();
	}

	private static String nameOf(PrimaryKey key) {
		return key.name() == null ? "" : key.name() + " ";
	}
}
