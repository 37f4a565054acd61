package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Transactional;
import dev.migrate.result.HistoryRecord;
import dev.migrate.result.RevisionInfo;
import dev.migrate.result.SourceLocation;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionFormatTest {

	private static RevisionInfo revision(String id, List<String> parents, Set<String> labels, List<String> dependsOn,
			String message) {
		return new RevisionInfo(id, parents, labels, dependsOn, message, Transactional.TRUE, "ab12",
				new SourceLocation("filesystem:db/" + id + "_x.sql", 0), true);
	}

	@Test
	void historyLineLikeAlembic() {
		assertThat(RevisionFormat.line(revision("a1", List.of(), Set.of(), List.of(), "create users"), Markers.NONE))
			.isEqualTo("<base> -> a1, create users");
		assertThat(RevisionFormat.line(revision("m1", List.of("b1", "c1"), Set.of(), List.of(), "merge"),
				new Markers(true, true, false, true)))
			.isEqualTo("b1, c1 -> m1 (head) (current) (mergepoint), merge");
		assertThat(RevisionFormat.line(revision("b1", List.of("a1"), Set.of("billing"), List.of(), ""),
				new Markers(false, false, true, false)))
			.isEqualTo("a1 -> b1 (billing) (branchpoint)");
		assertThat(RevisionFormat.line(revision("b1", List.of("a1"), Set.of(), List.of(), "first line\nsecond"),
				Markers.NONE))
			.isEqualTo("a1 -> b1, first line");
	}

	@Test
	void verboseBlockHasEveryDetail() {
		RevisionInfo revision = revision("b1", List.of("a1"), Set.of("billing"), List.of("z9"), "add phone\nto users");
		HistoryRecord applied = new HistoryRecord(4, "b1", "upgrade", List.of("a1"), List.of("b1"), "ab12", "add phone",
				Instant.parse("2026-11-21T06:00:00Z"), 12, true, null, "app", "ci-runner", null);
		assertThat(RevisionFormat.verbose(revision, Markers.head(true), List.of("c1", "d1"), applied)).isEqualTo("""
				Rev: b1 (billing) (head)
				Parent: a1
				Branches into: c1, d1
				Branch names: billing
				Depends on: z9
				Path: filesystem:db/b1_x.sql
				Transactional: true
				Checksum: ab12
				Applied: 2026-11-21T06:00:00Z by app on ci-runner in 12 ms

				    add phone
				    to users

				""");
		assertThat(RevisionFormat.verbose(revision("m", List.of("a", "b"), Set.of(), List.of(), ""), Markers.NONE,
				List.of(), null))
			.startsWith("Rev: m\nMerges: a, b\nPath:");
	}

	@Test
	void headsListOrBase() {
		assertThat(RevisionFormat.heads(List.of())).isEqualTo("<base>");
		assertThat(RevisionFormat.heads(List.of("a", "b"))).isEqualTo("a, b");
	}

}
