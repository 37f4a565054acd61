/**
 * Internal: a loaded revision ({@link dev.migrate.internal.revision.RevisionScript}),
 * revision ids and checksums. Private API, no compatibility guarantees.
 */
@NullMarked
package dev.migrate.internal.revision;

import org.jspecify.annotations.NullMarked;
