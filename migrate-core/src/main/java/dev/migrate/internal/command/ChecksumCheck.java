package dev.migrate.internal.command;

import dev.migrate.result.ChecksumMismatch;

import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.runtime.DatabaseState;
import dev.migrate.internal.runtime.RevisionFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compares the checksum each applied revision had when it ran with its checksum now. Only
 * revisions that are applied (ancestors of the recorded heads) and have a recorded
 * checksum are compared, so a no-op start computes Java revision checksums for applied
 * Java revisions only, once.
 */
final class ChecksumCheck {

	private ChecksumCheck() {
	}

	/**
	 * @param heads the heads of the applied revisions this release knows
	 * ({@link DatabasePosition#known()})
	 */
	static List<ChecksumMismatch> mismatches(RevisionGraph graph, Set<String> heads, DatabaseState state,
			RevisionFacts facts) {
		List<ChecksumMismatch> mismatches = new ArrayList<>();
		if (state.appliedChecksums().isEmpty()) {
			return mismatches;
		}
		List<RevisionScript> applied = graph.applied(heads);
		for (int i = applied.size() - 1; i >= 0; i--) {
			RevisionScript revision = applied.get(i);
			String recorded = state.appliedChecksums().get(revision.id());
			if (recorded == null) {
				continue;
			}
			String current = facts.checksum(revision);
			if (current != null && !current.equals(recorded)) {
				mismatches.add(new ChecksumMismatch(revision.id(), recorded, current, revision.location()));
			}
		}
		return mismatches;
	}

}
