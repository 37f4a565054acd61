package dev.migrate.internal.fleet;

import dev.migrate.DatabaseUnavailableException;
import dev.migrate.FleetListener;
import dev.migrate.FleetTarget;
import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrationFailedException;
import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.internal.runtime.ProgressLog;
import dev.migrate.result.AheadRevision;
import dev.migrate.result.FleetResult;
import dev.migrate.result.FleetState;
import dev.migrate.result.FleetTargetResult;
import dev.migrate.result.MigrationStatus;
import dev.migrate.result.RevisionInfo;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one command over a fleet, top to bottom: read every target's state in a few
 * batched queries per database; targets that need no work are reported from that read (no
 * engine, no lock); the others run on at most {@code parallelism} threads, each with an
 * engine of its own (state tables, lock, transactions in the target's schema) sharing the
 * one revision graph. A failing target does not stop the others unless fail-fast is
 * asked; a database that turns out unreachable fails its remaining targets at once
 * instead of waiting out each one's connection retries.
 *
 * <p>
 * One instance per fleet command: it remembers the databases found unreachable and the
 * target that stopped a fail-fast run.
 */
public final class FleetRunner {

	private static final Logger log = LoggerFactory.getLogger(FleetRunner.class);

	private final MigrateConfig base;

	private final RevisionGraph graph;

	private final Function<MigrateConfig, Migrate> engines;

	private final int parallelism;

	private final boolean failFast;

	private final FleetListener listener;

	private final Map<String, String> unreachable = new ConcurrentHashMap<>();

	private final AtomicReference<String> stoppedBy = new AtomicReference<>();

	/**
	 * @param base settings shared by every target (connection, tables, timeouts,
	 * listeners)
	 * @param graph the revisions, loaded once for the whole fleet
	 * @param engines builds a target's engine on {@code graph} from its settings
	 * @param parallelism most targets running at once
	 * @param failFast whether the first failure stops targets not yet started
	 * @param listener follows the run
	 */
	public FleetRunner(MigrateConfig base, RevisionGraph graph, Function<MigrateConfig, Migrate> engines,
			int parallelism, boolean failFast, FleetListener listener) {
		this.base = base;
		this.graph = graph;
		this.engines = engines;
		this.parallelism = parallelism;
		this.failFast = failFast;
		this.listener = listener;
	}

	/** What a command does to one target's engine. */
	@FunctionalInterface
	public interface TargetCommand {

		TargetOutcome run(Migrate engine);

	}

	/** Decides from a target's recorded heads whether the command has work there. */
	@FunctionalInterface
	public interface WorkCheck {

		boolean needsWork(Set<String> heads);

	}

	/** Reads and classifies every target; builds no engine and takes no lock. */
	public FleetResult status(String command, List<FleetTarget> targets) {
		long start = System.nanoTime();
		FleetStates states = new FleetStates(graph);
		try (FleetConnections connections = new FleetConnections(base, parallelism)) {
			Map<String, TargetStatus> statuses = traceUnknownHeads(targets,
					new FleetStatusReader(base, connections).read(targets), connections);
			List<FleetTargetResult> results = new ArrayList<>();
			for (FleetTarget target : targets) {
				results.add(states.classify(target.name(), statuses.get(target.name()), List.of(), Duration.ZERO));
			}
			return new FleetResult(command, results, elapsed(start));
		}
	}

	/** Runs {@code command} on every target for which {@code check} sees work. */
	public FleetResult run(String command, List<FleetTarget> targets, WorkCheck check, TargetCommand work) {
		long start = System.nanoTime();
		FleetStates states = new FleetStates(graph);
		try (FleetConnections connections = new FleetConnections(base, parallelism * 2)) {
			Map<String, TargetStatus> statuses = traceUnknownHeads(targets,
					new FleetStatusReader(base, connections).read(targets), connections);
			Progress progress = new Progress(targets.size());
			listener.started(command, targets.size());
			ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, targets.size())),
					daemonThreads());
			try {
				List<Future<FleetTargetResult>> futures = new ArrayList<>();
				for (FleetTarget target : targets) {
					TargetStatus status = statuses.get(target.name());
					if (status.readError() != null || !check.needsWork(status.heads())
							|| status.heads().stream().anyMatch(id -> graph.get(id).isEmpty())) {
						futures.add(java.util.concurrent.CompletableFuture.completedFuture(
								progress.done(states.classify(target.name(), status, List.of(), Duration.ZERO))));
					}
					else {
						futures.add(pool
							.submit(() -> progress.done(runOne(command, target, status, connections, states, work))));
					}
				}
				List<FleetTargetResult> results = new ArrayList<>();
				for (Future<FleetTargetResult> future : futures) {
					results.add(await(future));
				}
				return new FleetResult(command, results, elapsed(start));
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	private FleetTargetResult runOne(String command, FleetTarget target, TargetStatus status,
			FleetConnections connections, FleetStates states, TargetCommand work) {
		long start = System.nanoTime();
		String database = FleetConnections.databaseOf(target);
		String down = unreachable.get(database);
		if (down != null) {
			return new FleetTargetResult(target.name(), FleetState.FAILED, status.heads(), 0, List.of(), null,
					"not attempted: " + down, Duration.ZERO);
		}
		String stopper = stoppedBy.get();
		if (stopper != null) {
			FleetTargetResult before = states.classify(target.name(), status, List.of(), Duration.ZERO);
			return new FleetTargetResult(target.name(), before.state(), before.current(), before.pending(), List.of(),
					before.failedRevision(), "not started: " + stopper + " failed and fail-fast is on", Duration.ZERO);
		}
		try {
			TargetOutcome outcome = ProgressLog.forFleetTarget(target.name(),
					() -> work.run(engines.apply(configFor(target, connections))));
			return states.classify(target.name(), new TargetStatus(outcome.headsAfter(), null, null, null),
					outcome.applied(), elapsed(start));
		}
		catch (RuntimeException ex) {
			if (failFast) {
				stoppedBy.compareAndSet(null, "target " + target.name());
			}
			if (isUnreachable(ex)) {
				unreachable.putIfAbsent(database, "database " + connections.database(database).description()
						+ " is unreachable (target " + target.name() + ": " + ex.getMessage() + ")");
			}
			String revision = ex instanceof MigrationFailedException failed ? failed.revision() : null;
			log.warn("{} failed on fleet target {}: {}", command, target.name(), ex.getMessage());
			FleetTargetResult before = states.classify(target.name(), status, List.of(), Duration.ZERO);
			return new FleetTargetResult(target.name(), FleetState.FAILED, before.current(), before.pending(),
					List.of(), revision, ex.getMessage(), elapsed(start));
		}
	}

	/** A target's engine settings: the fleet's, on the target's connection and schema. */
	private MigrateConfig configFor(FleetTarget target, FleetConnections connections) {
		return base.toBuilder()
			.dataSource(connections.dataSource(target))
			.url(null)
			.user(null)
			.password(null)
			.schema(FleetStatusReader.stateSchema(target, base))
			.connectRetries(0)
			.build();
	}

	/**
	 * The batched read sees only heads. A target recording revisions this release does
	 * not know is ahead when every revision of this release is applied too, and diverged
	 * when some are missing; only its history tells which. Such targets are rare (a
	 * rolling deploy in progress), so each gets its own engine's status read here.
	 */
	private Map<String, TargetStatus> traceUnknownHeads(List<FleetTarget> targets, Map<String, TargetStatus> statuses,
			FleetConnections connections) {
		for (FleetTarget target : targets) {
			TargetStatus status = statuses.get(target.name());
			if (status.readError() != null || status.heads().stream().allMatch(id -> graph.get(id).isPresent())) {
				continue;
			}
			try {
				MigrationStatus position = engines.apply(configFor(target, connections)).status();
				if (position.diverged()) {
					statuses.put(target.name(), status.diverged(divergence(position)));
				}
			}
			catch (RuntimeException ex) {
				statuses.put(target.name(), TargetStatus.unreadable(
						"could not read the migration state of target " + target.name() + ": " + ex.getMessage()));
			}
		}
		return statuses;
	}

	private static String divergence(MigrationStatus position) {
		return "diverged from this release: it records "
				+ position.ahead().stream().map(AheadRevision::revision).collect(Collectors.joining(", "))
				+ ", which this release does not know, while this release's "
				+ position.pending().stream().map(RevisionInfo::id).collect(Collectors.joining(", "))
				+ " are not applied. Neither upgrade nor running is safe: run `migrate current` on this target for the"
				+ " details and docs/troubleshooting.md for the way out";
	}

	/**
	 * Connection failures (refused, or the server went away mid-command): the database,
	 * not the target, is the problem.
	 */
	static boolean isUnreachable(Throwable ex) {
		Set<Throwable> seen = new HashSet<>();
		for (Throwable cause = ex; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof DatabaseUnavailableException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	private static FleetTargetResult await(Future<FleetTargetResult> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new dev.migrate.MigrateException("Interrupted while the fleet was running", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new dev.migrate.MigrateException(ex.getCause().toString(), ex.getCause());
		}
	}

	private static java.util.concurrent.ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, "migrate-fleet-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/** Counts finished targets and tells the listener, one call at a time. */
	private final class Progress {

		private final int total;

		private int done;

		private int failed;

		Progress(int total) {
			this.total = total;
		}

		synchronized FleetTargetResult done(FleetTargetResult result) {
			done++;
			if (result.failed()) {
				failed++;
			}
			listener.targetFinished(result, done, failed, total);
			return result;
		}

	}

}
