package dev.migrate.internal.lint.sql;

/**
 * {@code ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'v' [BEFORE|AFTER 'w']}.
 *
 * @param type the enum type as stored
 * @param positioned whether {@code BEFORE} or {@code AFTER} says where the value goes
 */
public record AddEnumValue(String type, boolean positioned) implements DdlStatement {
}
