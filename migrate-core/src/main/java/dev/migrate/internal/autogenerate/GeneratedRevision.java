package dev.migrate.internal.autogenerate;

import dev.migrate.internal.schema.diff.DriftReport;
import java.nio.file.Path;

/**
 * A revision file that {@code revision} or {@code merge} wrote.
 *
 * @param path the file
 * @param header its id, parents and message
 * @param drift what autogenerate found (empty for a revision without autogenerate)
 */
public record GeneratedRevision(Path path, RevisionHeader header, DriftReport drift) {
}
