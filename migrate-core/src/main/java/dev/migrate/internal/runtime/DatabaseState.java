package dev.migrate.internal.runtime;

import dev.migrate.result.HistoryRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the state tables say, read in one round trip at the start of a run.
 *
 * @param heads rows of the version table
 * @param appliedChecksums for each revision, the checksum of its last successful upgrade
 * (null when that row has none), in the order they were applied
 * @param lastUpgrades for each revision, its whole last successful upgrade row; only
 * filled by {@link StateStore#read} (status, history), empty after the cheaper
 * {@link StateStore#readForPlanning} that runs plan from
 * @param tablesExist whether both state tables exist; when not, they are created before
 * the first write
 * @param unfinished non-transactional steps that started and did not finish (failed,
 * interrupted or still running), oldest first
 */
public record DatabaseState(Set<String> heads, Map<String, @Nullable String> appliedChecksums,
		Map<String, HistoryRecord> lastUpgrades, boolean tablesExist, List<UnfinishedStep> unfinished) {

	/** A database that has never been migrated: no state tables. */
	public static final DatabaseState NEW = new DatabaseState(Set.of(), Map.of(), Map.of(), false);

	public DatabaseState {
		heads = Collections.unmodifiableSet(new LinkedHashSet<>(heads));
		appliedChecksums = Collections.unmodifiableMap(new LinkedHashMap<>(appliedChecksums));
		lastUpgrades = Collections.unmodifiableMap(new LinkedHashMap<>(lastUpgrades));
		unfinished = List.copyOf(unfinished);
	}

	public DatabaseState(Set<String> heads, Map<String, @Nullable String> appliedChecksums,
			Map<String, HistoryRecord> lastUpgrades, boolean tablesExist) {
		this(heads, appliedChecksums, lastUpgrades, tablesExist, List.of());
	}

	/** The same state with the steps that started and did not finish. */
	public DatabaseState withUnfinished(List<UnfinishedStep> steps) {
		return new DatabaseState(heads, appliedChecksums, lastUpgrades, tablesExist, steps);
	}

	/** A state with whole history rows; the checksums are taken from them. */
	public static DatabaseState of(Set<String> heads, Map<String, HistoryRecord> lastUpgrades, boolean tablesExist) {
		Map<String, String> checksums = new LinkedHashMap<>();
		lastUpgrades.forEach((revision, row) -> checksums.put(revision, row.checksum()));
		return new DatabaseState(heads, checksums, lastUpgrades, tablesExist);
	}
}
