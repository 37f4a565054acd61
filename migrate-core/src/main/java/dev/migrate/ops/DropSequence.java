package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DROP SEQUENCE [IF EXISTS] name [CASCADE]}. Loses the sequence's current value;
 * reversible with its definition, restarting from the defined start.
 *
 * @param sequence the sequence
 * @param ifExists no error when it does not exist
 * @param cascade also drop dependent objects (column defaults using it)
 * @param definition the sequence definition for {@link #reverse()}, or {@code null}
 */
public record DropSequence(ObjectName sequence, boolean ifExists, boolean cascade,
		@Nullable CreateSequence definition) implements Operation {

	public DropSequence {
		Objects.requireNonNull(sequence, "sequence");
	}

	@Override
	public Operation reverse() {
		if (definition == null) {
			throw new IrreversibleMigrationException("DROP SEQUENCE " + sequence
					+ " cannot be reversed without its definition; write the CreateSequence in downgrade()");
		}
		return definition;
	}

	@Override
	public boolean losesData() {
		return true;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitDropSequence(this);
	}
}
