package dev.migrate.result;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@code check}: either the database is not at the heads (so comparing it
 * with the model would only repeat the pending revisions), or the drift report.
 *
 * @param current the heads recorded in the database
 * @param pending ids of the revisions {@code upgrade heads} would still run; empty when
 * at the heads
 * @param drift the differences, or {@code null} when the database is not at the heads
 * @param defaultSchema the schema unqualified names belong to (configured, or the
 * connection's current schema), or {@code null} when the database is not at the heads
 */
public record DriftCheckResult(List<String> current, List<String> pending, @Nullable SchemaDrift drift,
		@Nullable String defaultSchema) {

	public DriftCheckResult {
		current = List.copyOf(current);
		pending = List.copyOf(pending);
	}

	/** Whether the database was at the heads, so the model was compared. */
	public boolean atHeads() {
		return pending.isEmpty();
	}

	/** At the heads and no differences: what CI wants to see. */
	public boolean passed() {
		return atHeads() && drift != null && drift.isEmpty();
	}
}
