package dev.migrate.ops;

import dev.migrate.IrreversibleMigrationException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE [OR REPLACE] VIEW name AS query}. A plain create reverses to a drop; a
 * replace reverses only when it knows the query it replaced.
 *
 * @param view the view
 * @param query the defining SELECT (author's SQL)
 * @param orReplace replace an existing view of that name
 * @param replacedQuery the query of the replaced view, for {@link #reverse()}; or
 * {@code null}
 */
public record CreateView(ObjectName view, String query, boolean orReplace,
		@Nullable String replacedQuery) implements Operation {

	public CreateView {
		Objects.requireNonNull(view, "view");
		Objects.requireNonNull(query, "query");
		if (query.isBlank()) {
			throw new IllegalArgumentException("view " + view + " needs a query");
		}
		if (replacedQuery != null && !orReplace) {
			throw new IllegalArgumentException("view " + view + ": a replaced query only makes sense with OR REPLACE");
		}
	}

	@Override
	public Operation reverse() {
		if (replacedQuery != null) {
			return new CreateView(view, replacedQuery, true, query);
		}
		if (orReplace) {
			throw new IrreversibleMigrationException("CREATE OR REPLACE VIEW " + view
					+ " cannot be reversed without the query it replaced; pass the previous query");
		}
		return new DropView(view, false, false, this);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitCreateView(this);
	}
}
