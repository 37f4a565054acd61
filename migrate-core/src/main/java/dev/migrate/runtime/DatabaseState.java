package dev.migrate.runtime;

import dev.migrate.command.HistoryRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the state tables say, read in one round trip at the start of a run.
 *
 * @param heads        rows of the version table
 * @param lastUpgrades for each revision, its last successful upgrade row (holds the applied checksum)
 * @param tablesExist  whether both state tables exist; when not, they are created before the first write
 */
public record DatabaseState(Set<String> heads, Map<String, HistoryRecord> lastUpgrades, boolean tablesExist) {

    /** A database that has never been migrated: no state tables. */
    public static final DatabaseState NEW = new DatabaseState(Set.of(), Map.of(), false);

    public DatabaseState {
        heads = Collections.unmodifiableSet(new LinkedHashSet<>(heads));
        lastUpgrades = Collections.unmodifiableMap(new LinkedHashMap<>(lastUpgrades));
    }
}
