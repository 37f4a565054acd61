package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DROP TYPE [IF EXISTS] name [CASCADE]} for an enum. With {@code CASCADE}, columns
 * of the type are dropped too, so that form loses data.
 *
 * @param type the enum type
 * @param ifExists no error when it does not exist
 * @param cascade also drop columns and other objects using it
 * @param definition the enum's definition for {@link #reverse()}, or {@code null}
 */
public record DropEnum(ObjectName type, boolean ifExists, boolean cascade,
		@Nullable CreateEnum definition) implements Operation {

	public DropEnum {
		Objects.requireNonNull(type, "type");
	}

	@Override
	public Operation reverse() {
		if (definition == null) {
			throw new IrreversibleMigrationException("DROP TYPE " + type
					+ " cannot be reversed without the enum's labels; write the CreateEnum in downgrade()");
		}
		return definition;
	}

	@Override
	public boolean losesData() {
		return cascade;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitDropEnum(this);
	}
}
