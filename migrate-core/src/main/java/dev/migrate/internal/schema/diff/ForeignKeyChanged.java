package dev.migrate.internal.schema.diff;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A foreign key exists in both, on the same columns and target or under the same name,
 * but differs in what it references or how it reacts (ON DELETE/ON UPDATE actions,
 * deferrability). Reported as one change that names what differs, rather than as an
 * identical-looking removal and addition.
 *
 * @param table the referencing table
 * @param database the foreign key as reflected
 * @param model the foreign key the entities expect
 */
public record ForeignKeyChanged(QualifiedName table, ForeignKey database,
		ForeignKey model) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return table;
	}

	@Override
	public String describe() {
		List<String> changes = new ArrayList<>();
		if (!database.columns().equals(model.columns())) {
			changes.add("columns from " + database.columns() + " to " + model.columns());
		}
		String databaseTarget = target(database);
		String modelTarget = target(model);
		if (!databaseTarget.equals(modelTarget)) {
			changes.add("references from " + databaseTarget + " to " + modelTarget);
		}
		if (database.onDelete() != model.onDelete()) {
			changes.add("on delete from " + action(database.onDelete()) + " to " + action(model.onDelete()));
		}
		if (database.onUpdate() != model.onUpdate()) {
			changes.add("on update from " + action(database.onUpdate()) + " to " + action(model.onUpdate()));
		}
		if (database.deferrable() != model.deferrable() || database.initiallyDeferred() != model.initiallyDeferred()) {
			changes.add("from " + deferral(database) + " to " + deferral(model));
		}
		String name = Objects.requireNonNullElse(database.name(), "");
		return "change foreign key " + (name.isEmpty() ? "" : name + " ") + "on " + table + " " + database.columns()
				+ ": " + String.join(", ", changes);
	}

	private static String target(ForeignKey fk) {
		return new QualifiedName(fk.targetSchema(), fk.targetTable()) + " " + fk.targetColumns();
	}

	private static String action(dev.migrate.ops.ReferentialAction action) {
		return action.name().replace('_', ' ').toLowerCase(Locale.ROOT);
	}

	private static String deferral(ForeignKey fk) {
		if (!fk.deferrable()) {
			return "not deferrable";
		}
		return fk.initiallyDeferred() ? "deferrable initially deferred" : "deferrable initially immediate";
	}
}
