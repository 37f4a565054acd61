package dev.migrate.ops;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'value' [BEFORE | AFTER 'other']}.
 * PostgreSQL before 12 refuses it inside a transaction; the dialect, which knows the
 * server version, reports that through {@code Dialect.isTransactional}. On 12 and later
 * it runs in a transaction, but the new label cannot be used until that transaction
 * commits. There is no reverse: PostgreSQL cannot remove an enum label.
 *
 * @param type the enum type
 * @param value the new label
 * @param before place it before this label, or {@code null}
 * @param after place it after this label, or {@code null}
 * @param ifNotExists no error when the label exists
 */
public record AddEnumValue(ObjectName type, String value, @Nullable String before, @Nullable String after,
		boolean ifNotExists) implements Operation {

	public AddEnumValue {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(value, "value");
		if (before != null && after != null) {
			throw new IllegalArgumentException(
					"enum label " + value + " can go before or after another label, not both");
		}
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitAddEnumValue(this);
	}
}
