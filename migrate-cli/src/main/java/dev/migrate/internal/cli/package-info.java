/**
 * Private API of the command line: argument parsing, settings resolution (flags,
 * environment, settings file), one class per command and the output they print. No
 * compatibility guarantees.
 */
@NullMarked
package dev.migrate.internal.cli;

import org.jspecify.annotations.NullMarked;
