package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;
import dev.migrate.schema.Sequence;

/** A sequence of the model is missing in the database. */
public record SequenceAdded(Sequence sequence) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return sequence.qualifiedName();
	}

	@Override
	public String describe() {
		return "add sequence " + sequence.qualifiedName();
	}
}
