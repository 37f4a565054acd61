package dev.migrate.ops;

import dev.migrate.result.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Raw SQL, with optional JDBC parameters ({@code ?} placeholders). SQL revision files run
 * entirely through this operation, one statement at a time, each with its file and line.
 *
 * @param sql one statement
 * @param parameters values bound to {@code ?} placeholders, in order (may contain nulls)
 * @param location where the statement came from, or {@code null} for statements built in
 * Java
 * @param transactional false for statements that cannot run in a transaction
 */
public record ExecuteSql(String sql, List<Object> parameters, @Nullable SourceLocation location,
		boolean transactional) implements Operation {

	public ExecuteSql {
		Objects.requireNonNull(sql, "sql");
		// List.copyOf rejects nulls, but SQL parameters may legitimately be null.
		parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
	}

	public static ExecuteSql of(String sql, Object... parameters) {
		return new ExecuteSql(sql, parameters == null ? List.of() : java.util.Arrays.asList(parameters), null, true);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitExecuteSql(this);
	}
}
