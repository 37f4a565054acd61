/**
 * The migrate command line as a library: {@link dev.migrate.cli.MigrateCli} runs one
 * command line and returns its {@link dev.migrate.cli.ExitCode};
 * {@link dev.migrate.cli.DatabaseUrl} parses the database URLs it accepts. Null-marked:
 * only what is {@code @Nullable} may be {@code null}.
 */
@NullMarked
package dev.migrate.cli;

import org.jspecify.annotations.NullMarked;
