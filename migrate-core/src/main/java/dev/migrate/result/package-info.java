/**
 * Public API: the plain records the commands return and listeners receive. They hold no
 * engine object. Null-marked: a component that may be {@code null} (a database with no
 * version yet, a revision without a message) is {@code @Nullable}; all others are never
 * {@code null}.
 */
@NullMarked
package dev.migrate.result;

import org.jspecify.annotations.NullMarked;
