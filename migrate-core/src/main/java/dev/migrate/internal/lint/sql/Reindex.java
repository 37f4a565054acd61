package dev.migrate.internal.lint.sql;

import org.jspecify.annotations.Nullable;

/**
 * {@code REINDEX [(options)] INDEX|TABLE|SCHEMA|DATABASE|SYSTEM [CONCURRENTLY] name}.
 *
 * @param target what is rebuilt, lower case: {@code index}, {@code table},
 * {@code schema}, {@code database} or {@code system}; empty when not recognized
 * @param name the rebuilt object's name as stored, or {@code null}
 * @param concurrently whether {@code CONCURRENTLY} is given
 */
public record Reindex(String target, @Nullable String name, boolean concurrently) implements DdlStatement {
}
