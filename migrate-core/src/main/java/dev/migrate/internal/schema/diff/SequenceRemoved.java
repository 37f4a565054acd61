package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;
import dev.migrate.schema.Sequence;

/** A sequence in the database is not in the model. */
public record SequenceRemoved(Sequence sequence) implements SchemaDifference {

	@Override
	public QualifiedName owner() {
		return sequence.qualifiedName();
	}

	@Override
	public String describe() {
		return "remove sequence " + sequence.qualifiedName();
	}
}
