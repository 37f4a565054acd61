package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;
import dev.migrate.schema.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence exists in both but its increment or start value differs. Hibernate checks a
 * sequence's increment against {@code allocationSize} at startup and refuses to start
 * when they disagree, so an increment change is never cosmetic.
 *
 * @param database the sequence as reflected
 * @param model the sequence the entities expect
 */
public record SequenceChanged(Sequence database, Sequence model) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return model.qualifiedName();
	}

	/** Whether the increments differ (the start may differ too). */
	public boolean incrementChanged() {
		return database.increment() != model.increment();
	}

	/** Whether the start values differ. */
	public boolean startChanged() {
		return database.start() != model.start();
	}

	@Override
	public String describe() {
		List<String> changes = new ArrayList<>();
		if (incrementChanged()) {
			changes.add("increment from " + database.increment() + " to " + model.increment());
		}
		if (startChanged()) {
			changes.add("start from " + database.start() + " to " + model.start());
		}
		return "change sequence " + model.qualifiedName() + ": " + String.join(", ", changes);
	}
}
