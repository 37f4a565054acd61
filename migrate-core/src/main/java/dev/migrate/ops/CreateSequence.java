package dev.migrate.ops;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE SEQUENCE [IF NOT EXISTS] name [AS type] [INCREMENT BY n] [MINVALUE n] [MAXVALUE n]
 * [START WITH n] [CACHE n] [CYCLE]}. {@code null} options are left to the database's
 * defaults.
 *
 * @param sequence the sequence
 * @param dataType {@code smallint}, {@code integer} or {@code bigint}; or {@code null}
 * @param start first value, or {@code null}
 * @param increment step, or {@code null}
 * @param minValue lower bound, or {@code null}
 * @param maxValue upper bound, or {@code null}
 * @param cache values preallocated per session, or {@code null}
 * @param cycle wrap around at the bound instead of failing
 * @param ifNotExists no error when it exists
 */
public record CreateSequence(ObjectName sequence, @Nullable ColumnType dataType, @Nullable Long start,
		@Nullable Long increment, @Nullable Long minValue, @Nullable Long maxValue, @Nullable Long cache, boolean cycle,
		boolean ifNotExists) implements Operation {

	public CreateSequence {
		Objects.requireNonNull(sequence, "sequence");
		if (increment != null && increment == 0) {
			throw new IllegalArgumentException("sequence " + sequence + ": increment must not be 0");
		}
		if (cache != null && cache < 1) {
			throw new IllegalArgumentException("sequence " + sequence + ": cache must be >= 1");
		}
	}

	public static CreateSequence of(ObjectName sequence) {
		return new CreateSequence(sequence, null, null, null, null, null, null, false, false);
	}

	@Override
	public Operation reverse() {
		return new DropSequence(sequence, false, false, this);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitCreateSequence(this);
	}
}
