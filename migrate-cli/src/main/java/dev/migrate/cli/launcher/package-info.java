/**
 * The executable jar's entry point ({@link dev.migrate.cli.launcher.Main}): the only
 * place in library code that calls {@code System.exit}.
 */
@NullMarked
package dev.migrate.cli.launcher;

import org.jspecify.annotations.NullMarked;
