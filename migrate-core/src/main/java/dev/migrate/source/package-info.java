/**
 * Revision sources: where {@link dev.migrate.revision.RevisionScript}s come from.
 *
 * <ul>
 *   <li>{@link dev.migrate.source.RevisionLoader} is the entry point: SQL locations, Java packages and
 *       ready-made {@link dev.migrate.Migration} instances in, all revisions out, in a deterministic order.</li>
 *   <li>SQL files: {@link dev.migrate.source.SqlRevisionScanner} finds them below a
 *       {@link dev.migrate.source.RevisionLocation}, {@link dev.migrate.source.SqlRevisionParser} reads the
 *       header and sections, {@link dev.migrate.source.SqlStatementSplitter} cuts the sections into
 *       statements, and {@link dev.migrate.source.SqlMigration} runs them.</li>
 *   <li>Java classes: {@link dev.migrate.source.JavaRevisionScanner} finds {@code @Revision} classes and
 *       {@link dev.migrate.source.JavaRevisionReader} turns instances into revisions.</li>
 * </ul>
 *
 * Every error is a {@link dev.migrate.source.RevisionSourceException} naming the file and line (or class)
 * and saying what to do.
 */
package dev.migrate.source;
