package dev.migrate.ops;

/**
 * A table constraint, used inside {@link CreateTable} or added later with
 * {@link AddConstraint}. The name may be {@code null} inside a table definition (the
 * database picks one); a constraint added or dropped on its own needs one, because that
 * name is how it is dropped again.
 */
public sealed interface TableConstraint permits PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey {

	/** The constraint name, or {@code null} to let the database choose. */
	String name();

	/** The same constraint with the given name. */
	TableConstraint named(String name);

}
