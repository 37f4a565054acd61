package dev.migrate.internal.autogenerate;

import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.ops.Operation;
import dev.migrate.schema.QualifiedName;
import dev.migrate.internal.schema.TypeNormalizer;
import dev.migrate.internal.schema.diff.ColumnAdded;
import dev.migrate.internal.schema.diff.ColumnRemoved;
import dev.migrate.internal.schema.diff.DriftReport;
import dev.migrate.internal.schema.diff.SchemaDifference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Spots column drops that are probably renames: in one table, exactly one column of a
 * type is dropped and exactly one of the same type added. Autogenerate cannot know, so it
 * keeps the drop and add (safe to run, but loses the data) and tells the reviewer which
 * rename to use instead.
 */
final class RenameDetector {

	private final SchemaOperations operations;

	private final PostgresDialect dialect = new PostgresDialect();

	RenameDetector(SchemaOperations operations) {
		this.operations = operations;
	}

	/**
	 * A note for the added column of every likely rename, and a pointer to it for the
	 * removed one.
	 */
	Map<SchemaDifference, String> renameNotes(DriftReport report) {
		Map<SchemaDifference, String> notes = new HashMap<>();
		List<ColumnAdded> added = report.ofType(ColumnAdded.class);
		List<ColumnRemoved> removed = report.ofType(ColumnRemoved.class);
		for (ColumnAdded add : added) {
			List<ColumnRemoved> candidates = removed.stream().filter(drop -> sameTableAndType(add, drop)).toList();
			List<ColumnAdded> rivals = added.stream()
				.filter(other -> candidates.stream().anyMatch(drop -> sameTableAndType(other, drop)))
				.toList();
			if (candidates.size() == 1 && rivals.size() == 1) {
				ColumnRemoved drop = candidates.get(0);
				notes.put(add, note(add.table(), drop.column().name(), add.column().name()));
				notes.put(drop, "POSSIBLE RENAME of " + add.table().name() + "." + drop.column().name() + " to "
						+ add.column().name() + ": see the note at ADD COLUMN " + add.column().name() + ".");
			}
		}
		return notes;
	}

	private static boolean sameTableAndType(ColumnAdded add, ColumnRemoved drop) {
		return Objects.equals(add.table(), drop.table())
				&& TypeNormalizer.sameType(add.column().type(), drop.column().type());
	}

	private String sql(Operation operation) {
		return String.join(";\n", dialect.render(operation));
	}

	private String note(QualifiedName table, String from, String to) {
		return "POSSIBLE RENAME: " + table.name() + "." + from + " -> " + to + " (same table, same type).\n"
				+ "If it is a rename, replace ADD COLUMN " + to + " and DROP COLUMN " + from + " with\n" + "    "
				+ sql(operations.renameColumn(table, from, to)) + ";\n" + "and in the downgrade use\n" + "    "
				+ sql(operations.renameColumn(table, to, from)) + ";\n" + "A drop and add loses the column's data.";
	}

}
