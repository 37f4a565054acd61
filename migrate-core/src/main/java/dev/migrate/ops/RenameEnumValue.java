package dev.migrate.ops;

import java.util.Objects;

/**
 * {@code ALTER TYPE name RENAME VALUE 'value' TO 'newValue'}.
 *
 * @param type the enum type
 * @param value the current label
 * @param newValue the new label
 */
public record RenameEnumValue(ObjectName type, String value, String newValue) implements Operation {

	public RenameEnumValue {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(newValue, "newValue");
	}

	@Override
	public Operation reverse() {
		return new RenameEnumValue(type, newValue, value);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitRenameEnumValue(this);
	}
}
