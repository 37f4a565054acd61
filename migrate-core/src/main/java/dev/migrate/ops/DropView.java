package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DROP VIEW [IF EXISTS] name [CASCADE]}. Reversible when it carries the view
 * definition.
 *
 * @param view the view
 * @param ifExists no error when it does not exist
 * @param cascade also drop dependent views
 * @param definition the view definition for {@link #reverse()}, or {@code null}
 */
public record DropView(ObjectName view, boolean ifExists, boolean cascade,
		@Nullable CreateView definition) implements Operation {

	public DropView {
		Objects.requireNonNull(view, "view");
	}

	@Override
	public Operation reverse() {
		if (definition == null) {
			throw new IrreversibleMigrationException(
					"DROP VIEW " + view + " cannot be reversed without its query; write the CreateView in downgrade()");
		}
		return definition;
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitDropView(this);
	}
}
