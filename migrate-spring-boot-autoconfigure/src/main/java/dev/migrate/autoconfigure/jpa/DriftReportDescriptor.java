package dev.migrate.autoconfigure.jpa;

import dev.migrate.result.DriftCheckResult;
import java.util.List;

/**
 * One engine's {@code check} result, as the drift endpoint shows it: the same
 * {@link DriftCheckResult} the command line prints.
 *
 * @param atHeads whether the database is at the heads; when not, the entities are not
 * compared (the pending revisions are the difference) and {@code differences} is empty
 * @param matchesEntities at the heads and no differences: what {@code migrate check}
 * exits 0 for
 * @param current heads recorded in the database
 * @param pending revisions {@code upgrade heads} would still run
 * @param differences one readable line per difference between the database and the entity
 * model
 */
public record DriftReportDescriptor(boolean atHeads, boolean matchesEntities, List<String> current,
		List<String> pending, List<String> differences) implements DriftDescriptor {

	static DriftReportDescriptor of(DriftCheckResult result) {
		return new DriftReportDescriptor(result.atHeads(), result.passed(), result.current(), result.pending(),
				result.atHeads() ? result.drift().differences() : List.of());
	}
}
