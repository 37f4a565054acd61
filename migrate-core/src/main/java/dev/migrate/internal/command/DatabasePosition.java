package dev.migrate.internal.command;

import dev.migrate.DatabaseAheadException;
import dev.migrate.DivergedDatabaseException;
import dev.migrate.Direction;
import dev.migrate.OnAhead;
import dev.migrate.internal.graph.MigrationStep;
import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.internal.graph.Target;
import dev.migrate.result.AheadRevision;
import dev.migrate.result.HistoryRecord;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the database stands in this release's graph. Usually that is simply the recorded
 * heads. When the version table records revisions this release does not know (the next
 * release's migration ran during a rolling deploy), the history table says what each of
 * them was applied on top of: its upgrade row's heads before that are no longer heads
 * after. Following those rows back to revisions this release knows gives the part of the
 * database this release can plan from ({@link #known()}), and the unknown revisions on
 * the way are the ones the database is ahead by.
 *
 * <p>
 * Ahead means every revision of this release is applied as well: the previous release
 * runs against that database as it did before the expand revision. When revisions of this
 * release are missing too, the database has diverged: neither upgrading nor running is
 * safe.
 *
 * @param recorded the heads the version table records
 * @param known the canonical heads of this release's applied revisions (the recorded
 * heads when all of them are known)
 * @param ahead applied revisions this release does not know, in apply order
 * @param untraced unknown revisions without an upgrade or stamp row in the history table
 * (what they were applied on top of is unknown)
 * @param missing this release's revisions that are not applied, in upgrade order; only
 * computed when the database records unknown revisions (empty otherwise)
 */
record DatabasePosition(Set<String> recorded, Set<String> known, List<AheadRevision> ahead, List<String> untraced,
		List<String> missing) {

	private static final Logger log = LoggerFactory.getLogger("dev.migrate");

	/** Reads the history rows, only when the version table records unknown revisions. */
	@FunctionalInterface
	interface HistoryRows {

		List<HistoryRecord> read() throws SQLException;

	}

	DatabasePosition {
		recorded = Collections.unmodifiableSet(new LinkedHashSet<>(recorded));
		known = Collections.unmodifiableSet(new LinkedHashSet<>(known));
		ahead = List.copyOf(ahead);
		untraced = List.copyOf(untraced);
		missing = List.copyOf(missing);
	}

	/**
	 * The position of a database recording {@code recorded}; the history is read only
	 * when one of them is unknown to {@code graph}.
	 */
	static DatabasePosition of(RevisionGraph graph, Set<String> recorded, HistoryRows history) throws SQLException {
		if (allKnown(graph, recorded)) {
			return new DatabasePosition(recorded, recorded, List.of(), List.of(), List.of());
		}
		return trace(graph, recorded, history.read());
	}

	private static boolean allKnown(RevisionGraph graph, Set<String> recorded) {
		return recorded.stream().allMatch(id -> graph.get(id).isPresent());
	}

	/**
	 * Follows each unknown head back through the rows that applied it to revisions this
	 * release knows.
	 * @param rows every history row, in execution order
	 */
	static DatabasePosition trace(RevisionGraph graph, Set<String> recorded, List<HistoryRecord> rows) {
		if (allKnown(graph, recorded)) {
			return new DatabasePosition(recorded, recorded, List.of(), List.of(), List.of());
		}
		Map<String, HistoryRecord> appliedBy = lastRowsApplying(rows);
		Set<String> knownIds = new LinkedHashSet<>();
		Deque<String> unknown = new ArrayDeque<>();
		for (String head : recorded) {
			if (graph.get(head).isPresent()) {
				knownIds.add(head);
			}
			else {
				unknown.add(head);
			}
		}
		Set<String> visited = new HashSet<>();
		Map<String, HistoryRecord> traced = new HashMap<>();
		List<String> untraced = new ArrayList<>();
		while (!unknown.isEmpty()) {
			String id = unknown.poll();
			if (!visited.add(id)) {
				continue;
			}
			HistoryRecord row = appliedBy.get(id);
			if (row == null) {
				untraced.add(id);
				continue;
			}
			traced.put(id, row);
			for (String before : row.fromHeads()) {
				if (row.toHeads().contains(before)) {
					continue; // a head on another line, untouched by this step
				}
				if (graph.get(before).isPresent()) {
					knownIds.add(before);
				}
				else {
					unknown.add(before);
				}
			}
		}
		List<AheadRevision> ahead = new ArrayList<>();
		traced.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, HistoryRecord> entry) -> entry.getValue().id())
				.thenComparing(Map.Entry::getKey))
			.forEach(entry -> ahead.add(new AheadRevision(entry.getKey(), entry.getValue().startedAt())));
		untraced.forEach(id -> ahead.add(new AheadRevision(id, null)));
		Set<String> known = graph.headsOf(knownIds);
		List<String> missing = graph.planUpgrade(known, Target.HEADS)
			.steps()
			.stream()
			.map(MigrationStep::revision)
			.map(revision -> revision.id())
			.toList();
		return new DatabasePosition(recorded, known, ahead, untraced, missing);
	}

	/**
	 * For each revision, the last successful row that applied it: its upgrade, or a stamp
	 * that made it a head.
	 */
	private static Map<String, HistoryRecord> lastRowsApplying(List<HistoryRecord> rows) {
		Map<String, HistoryRecord> applying = new HashMap<>();
		for (HistoryRecord row : rows) {
			if (!row.success()) {
				continue;
			}
			if (row.direction().equals(Direction.UPGRADE.label())) {
				applying.put(row.revision(), row);
			}
			else if (row.direction().equals("stamp")) {
				for (String head : row.toHeads()) {
					if (!row.fromHeads().contains(head)) {
						applying.put(head, row);
					}
				}
			}
		}
		return applying;
	}

	/** Whether the database records applied revisions this release does not know. */
	boolean hasUnknown() {
		return !ahead.isEmpty();
	}

	/** Unknown revisions applied while every revision of this release is applied too. */
	boolean isAhead() {
		return hasUnknown() && missing.isEmpty();
	}

	/** Unknown revisions applied while revisions of this release are not. */
	boolean diverged() {
		return hasUnknown() && !missing.isEmpty();
	}

	List<String> aheadIds() {
		return ahead.stream().map(AheadRevision::revision).toList();
	}

	/**
	 * Refuses a diverged database, and applies {@code policy} to one that is ahead:
	 * {@code fail} refuses, {@code warn} logs, {@code ignore} says nothing.
	 * @param command what is about to run, for the messages
	 */
	void check(OnAhead policy, String command) {
		if (diverged()) {
			throw divergedException();
		}
		if (!isAhead()) {
			return;
		}
		switch (policy) {
			case FAIL -> throw new DatabaseAheadException("The database is " + aheadText()
					+ ". migrate.on-ahead=fail (--on-ahead fail) refuses to " + command
					+ " against it. Deploy the release that contains " + String.join(", ", aheadIds())
					+ ", or set on-ahead to warn so that this release keeps running while the next one rolls out"
					+ " (docs/expand-contract.md).", aheadIds());
			case WARN -> log.warn(
					"Database is {}; every revision of this release is applied, so {} goes on "
							+ "(migrate.on-ahead=warn). The next release's migration ran: roll this release forward.",
					aheadText(), command);
			case IGNORE -> log.debug("Database is {} (migrate.on-ahead=ignore)", aheadText());
		}
	}

	/**
	 * {@code ahead of this release by 1 revision: 5e6f7a8b9c0d (applied 2026-...)}.
	 */
	String aheadText() {
		return "ahead of this release by " + ahead.size() + (ahead.size() == 1 ? " revision: " : " revisions: ")
				+ ahead.stream()
					.map(revision -> revision.revision()
							+ (revision.appliedAt() == null ? "" : " (applied " + revision.appliedAt() + ")"))
					.collect(Collectors.joining(", "));
	}

	DivergedDatabaseException divergedException() {
		StringBuilder message = new StringBuilder("The database has diverged from this release: it records ")
			.append(ahead.size() == 1 ? "revision " : "revisions ")
			.append(String.join(", ", aheadIds()))
			.append(", which this release does not know, while ")
			.append(missing.size() == 1 ? "this release's revision " : "this release's revisions ")
			.append(listed(missing))
			.append(missing.size() == 1 ? " is" : " are")
			.append(" not applied (the database is at ")
			.append(String.join(", ", recorded))
			.append(").");
		if (!untraced.isEmpty()) {
			message.append(" The history table has no upgrade row for ")
				.append(String.join(", ", untraced))
				.append(", so which revisions of this release they were applied on is unknown.");
		}
		message.append(" Upgrading would build on revisions this release cannot see, and running against it would use")
			.append(" a schema neither release expects. Deploy the release that contains ")
			.append(String.join(", ", aheadIds()))
			.append(" (if it descends from this one, it brings the missing revisions too); or, if they were removed")
			.append(" from the code on purpose, undo them by hand and record the real state with")
			.append(" `migrate stamp --purge <rev>`.");
		return new DivergedDatabaseException(message.toString(), aheadIds(), missing);
	}

	/**
	 * A downgrade cannot undo revisions whose downgrade code this release does not have.
	 */
	DatabaseAheadException downgradeRefused(String target) {
		return new DatabaseAheadException("Cannot downgrade to '" + target + "': the database is at "
				+ String.join(", ", recorded) + ", " + aheadText()
				+ ". This release has no downgrade for those revisions. Downgrade with the release that contains them"
				+ (known.size() == 1
						? " (`migrate downgrade " + known.iterator().next()
								+ "` there brings the database back to this release's head)"
						: known.isEmpty() ? "" : " back to this release's heads " + String.join(", ", known))
				+ ", then run this command again.", aheadIds());
	}

	/** Ids separated by commas, at most ten of them. */
	private static String listed(List<String> ids) {
		int shown = Math.min(ids.size(), 10);
		return String.join(", ", ids.subList(0, shown))
				+ (ids.size() > shown ? " and " + (ids.size() - shown) + " more" : "");
	}

}
