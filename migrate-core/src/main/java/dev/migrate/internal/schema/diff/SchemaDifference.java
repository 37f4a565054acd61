package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;

/**
 * One way the database differs from the model, phrased as the change that removes it.
 */
public sealed interface SchemaDifference permits SchemaAdded, TableAdded, TableRemoved, ColumnAdded, ColumnRemoved,
		ColumnTypeChanged, ColumnNullabilityChanged, ColumnDefaultChanged, ColumnCommentChanged, TableCommentChanged,
		IndexAdded, IndexRemoved, UniqueConstraintAdded, UniqueConstraintRemoved, ForeignKeyAdded, ForeignKeyRemoved,
		ForeignKeyChanged, PrimaryKeyChanged, CheckConstraintAdded, CheckConstraintRemoved, SequenceAdded,
		SequenceRemoved, SequenceChanged {

	/**
	 * The table the difference is on, or the sequence itself for sequence differences.
	 */
	QualifiedName owner();

	/**
	 * One line for people, e.g.
	 * {@code add column public.users.phone (character varying(20), nullable)}.
	 */
	String describe();

}
