package dev.migrate.internal.lint.sql;

/**
 * {@code CREATE DOMAIN name [AS] type [constraints]}.
 *
 * @param name the domain name as stored
 * @param constrained whether it declares a constraint ({@code CHECK}, {@code NOT NULL} or
 * a named {@code CONSTRAINT})
 */
public record CreateDomain(String name, boolean constrained) implements DdlStatement {
}
