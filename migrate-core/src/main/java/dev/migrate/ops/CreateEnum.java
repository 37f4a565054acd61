package dev.migrate.ops;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE TYPE name AS ENUM ('a', 'b', ...)}.
 *
 * @param type the enum type
 * @param values its labels, in sort order
 */
public record CreateEnum(ObjectName type, List<String> values) implements Operation {

	public CreateEnum {
		Objects.requireNonNull(type, "type");
		values = List.copyOf(values);
		if (new HashSet<>(values).size() != values.size()) {
			throw new IllegalArgumentException("enum " + type + " repeats a label: " + values);
		}
	}

	@Override
	public Operation reverse() {
		return new DropEnum(type, false, false, this);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitCreateEnum(this);
	}
}
