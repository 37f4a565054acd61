/**
 * Private API, no compatibility guarantees: the commands behind
 * {@link dev.migrate.Migrate}, one class each. Their results are the plain records of
 * {@code dev.migrate.result}.
 */
@NullMarked
package dev.migrate.internal.command;

import org.jspecify.annotations.NullMarked;
