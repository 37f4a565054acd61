/**
 * Public API: the operations a Java revision calls ({@link dev.migrate.ops.Operations})
 * and the immutable operation values the dialect renders. Null-marked: only what is
 * {@code @Nullable} may be {@code null}.
 */
@NullMarked
package dev.migrate.ops;

import org.jspecify.annotations.NullMarked;
