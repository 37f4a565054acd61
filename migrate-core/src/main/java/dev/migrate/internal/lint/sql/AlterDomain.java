package dev.migrate.internal.lint.sql;

/**
 * {@code ALTER DOMAIN name ...}.
 *
 * @param name the domain name as stored
 * @param addsConstraint whether the action is {@code ADD [CONSTRAINT c] CHECK ...} or
 * {@code SET NOT NULL}, both of which check every column of the domain's type
 * @param notValid whether {@code NOT VALID} is given (existing values are not checked)
 */
public record AlterDomain(String name, boolean addsConstraint, boolean notValid) implements DdlStatement {
}
