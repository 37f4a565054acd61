/**
 * The revision graph: a pure, validated DAG of
 * {@link dev.migrate.internal.revision.RevisionScript}s and the plans that move a
 * database through it. No I/O and no Spring; the runtime executes the
 * {@link dev.migrate.internal.graph.MigrationPlan}s built here.
 *
 * <p>
 * Entry points: {@link dev.migrate.internal.graph.RevisionGraph#of} and
 * {@link dev.migrate.internal.graph.Target#parse}. Every error is an unchecked
 * {@link dev.migrate.MigrateException} subtype carrying the ids and files involved. The
 * semantics (heads, order, targets, stamps, ranges) are described for users in
 * {@code docs/revision-graph.md}.
 */
@NullMarked
package dev.migrate.internal.graph;

import org.jspecify.annotations.NullMarked;
