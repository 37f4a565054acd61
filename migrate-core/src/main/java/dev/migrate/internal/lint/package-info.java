/**
 * Zero-downtime safety lint for revisions: {@link dev.migrate.internal.lint.Linter}
 * checks the revisions that are about to run (SQL files and Java revisions alike) against
 * {@link dev.migrate.internal.lint.LintRule}s and returns a
 * {@link dev.migrate.result.LintReport}; {@link dev.migrate.internal.lint.MigrateLint}
 * does the same for an engine's pending revisions. Suppressions:
 * {@code -- migrate:lint-ignore RULE reason} in SQL, {@link dev.migrate.LintIgnore} in
 * Java. See {@code docs/lint.md}.
 */
@NullMarked
package dev.migrate.internal.lint;

import org.jspecify.annotations.NullMarked;
