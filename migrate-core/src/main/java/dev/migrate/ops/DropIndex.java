package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] name [CASCADE]}. Reversible when it
 * carries the index definition (as the reverse of {@link CreateIndex} does).
 *
 * @param index the index, qualified by its schema when not on the search path
 * @param concurrently drop without blocking reads and writes; cannot run in a transaction
 * @param ifExists no error when it does not exist
 * @param cascade also drop dependent objects (not allowed with {@code concurrently})
 * @param definition the index definition for {@link #reverse()}, or {@code null}
 */
public record DropIndex(ObjectName index, boolean concurrently, boolean ifExists, boolean cascade,
		@Nullable CreateIndex definition) implements Operation {

	public DropIndex {
		Objects.requireNonNull(index, "index");
		if (concurrently && cascade) {
			throw new IllegalArgumentException(
					"DROP INDEX CONCURRENTLY " + index + " cannot CASCADE (PostgreSQL refuses it)");
		}
	}

	@Override
	public boolean transactional() {
		return !concurrently;
	}

	@Override
	public Operation reverse() {
		if (definition == null) {
			throw new IrreversibleMigrationException("DROP INDEX " + index
					+ " cannot be reversed without the index definition; write the CreateIndex in downgrade()");
		}
		return definition;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitDropIndex(this);
	}
}
