/**
 * The public API of migrate: the facade {@link dev.migrate.Migrate} (one method per
 * command), its {@link dev.migrate.MigrateConfig}, what revisions are written with
 * ({@link dev.migrate.Migration}, {@link dev.migrate.Revision}) and the exceptions the
 * commands throw. Changes here are breaking changes.
 *
 * <p>
 * Every type is null-marked: a parameter, return value or field that may be {@code null}
 * says so with {@code @Nullable}; everything else is never {@code null}.
 */
@NullMarked
package dev.migrate;

import org.jspecify.annotations.NullMarked;
