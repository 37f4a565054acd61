package dev.migrate.internal.fleet;

import dev.migrate.Migrate;
import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.result.FleetState;
import dev.migrate.result.FleetTargetResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Classifies a target from its recorded heads against the revision graph: ahead when it
 * records revisions the graph does not know (failed when it has diverged: revisions of
 * the graph are missing as well), failed when its last step failed, pending when
 * {@code upgrade heads} has steps, else up to date. Plans are cached per set of heads: a
 * fleet has few distinct states and many targets.
 */
final class FleetStates {

	private final RevisionGraph graph;

	private final Map<Set<String>, Pending> pendingByHeads = new ConcurrentHashMap<>();

	FleetStates(RevisionGraph graph) {
		this.graph = graph;
	}

	FleetTargetResult classify(String target, TargetStatus status, List<String> applied, Duration duration) {
		if (status.readError() != null) {
			return new FleetTargetResult(target, FleetState.FAILED, Set.of(), 0, applied, null, status.readError(),
					duration);
		}
		boolean unknownHead = status.heads().stream().anyMatch(id -> graph.get(id).isEmpty());
		if (unknownHead && status.divergence() != null) {
			return new FleetTargetResult(target, FleetState.FAILED, status.heads(), 0, applied, null,
					status.divergence(), duration);
		}
		if (unknownHead) {
			return new FleetTargetResult(target, FleetState.AHEAD, status.heads(), 0, applied, null, null, duration);
		}
		Pending pending = pendingByHeads.computeIfAbsent(status.heads(), this::pending);
		if (pending.error() != null) {
			return new FleetTargetResult(target, FleetState.FAILED, status.heads(), 0, applied, null, pending.error(),
					duration);
		}
		int count = pending.steps();
		if (status.failedRevision() != null) {
			return new FleetTargetResult(target, FleetState.FAILED, status.heads(), count, applied,
					status.failedRevision(), status.failedError(), duration);
		}
		return new FleetTargetResult(target, count == 0 ? FleetState.UP_TO_DATE : FleetState.PENDING, status.heads(),
				count, applied, null, null, duration);
	}

	/** Whether {@code upgrade heads} has nothing to do for these heads. */
	boolean atHeads(Set<String> heads) {
		Pending pending = pendingByHeads.computeIfAbsent(Set.copyOf(heads), this::pending);
		return pending.error() == null && pending.steps() == 0;
	}

	private Pending pending(Set<String> heads) {
		try {
			return new Pending(graph.planUpgrade(heads, Migrate.HEADS).steps().size(), null);
		}
		catch (RuntimeException ex) {
			return new Pending(0, ex.getMessage());
		}
	}

	/**
	 * The number of pending steps for a set of heads, or why none can be planned (the
	 * heads diverge from the graph).
	 */
	private record Pending(int steps, String error) {
	}

}
