package dev.migrate.runtime;

import dev.migrate.Transactional;
import dev.migrate.revision.Direction;
import dev.migrate.revision.RevisionScript;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checksum and effective transactionality of revisions, computed at most once per revision and
 * direction. SQL revisions carry both from their file; Java revisions may need a recording run of
 * their operations, which is why results are cached and only asked for when a run needs them (a no-op
 * start compares checksums of applied revisions only).
 */
public final class RevisionFacts {

    private final Map<String, String> checksums = new ConcurrentHashMap<>();
    private final Map<String, Boolean> transactional = new ConcurrentHashMap<>();

    /** The revision's checksum, or null when it cannot be computed (e.g. a Java revision using JDBC). */
    public String checksum(RevisionScript revision) {
        if (revision.checksum() != null) {
            return revision.checksum();
        }
        return checksums.get(revision.id());
    }

    /** Whether the revision runs inside a transaction when moving in {@code direction}. */
    public boolean transactional(RevisionScript revision, Direction direction) {
        if (revision.transactional() != Transactional.AUTO) {
            return revision.transactional() == Transactional.TRUE;
        }
        return transactional.computeIfAbsent(revision.id() + ":" + direction, key -> Boolean.TRUE);
    }
}
