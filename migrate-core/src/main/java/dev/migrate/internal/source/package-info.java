/**
 * Revision sources: where {@link dev.migrate.internal.revision.RevisionScript}s come
 * from.
 *
 * <ul>
 * <li>{@link dev.migrate.internal.source.RevisionLoader} is the entry point: SQL
 * locations, Java packages and ready-made {@link dev.migrate.Migration} instances in, all
 * revisions out, in a deterministic order.</li>
 * <li>SQL files: {@link dev.migrate.internal.source.SqlRevisionScanner} finds them below
 * a {@link dev.migrate.internal.source.RevisionLocation},
 * {@link dev.migrate.internal.source.SqlRevisionParser} reads the header and sections,
 * {@link dev.migrate.internal.source.SqlStatementSplitter} cuts the sections into
 * statements, and {@link dev.migrate.internal.source.SqlMigration} runs them.</li>
 * <li>Java classes: {@link dev.migrate.internal.source.JavaRevisionScanner} finds
 * {@code @Revision} classes and {@link dev.migrate.internal.source.JavaRevisionReader}
 * turns instances into revisions.</li>
 * </ul>
 *
 * Every error is a {@link dev.migrate.internal.source.RevisionSourceException} naming the
 * file and line (or class) and saying what to do.
 */
@NullMarked
package dev.migrate.internal.source;

import org.jspecify.annotations.NullMarked;
