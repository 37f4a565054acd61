package dev.migrate.autoconfigure.lint;

/**
 * The body of {@code /actuator/migrationslint}: one {@link LintReportDescriptor} or, with
 * several engines, {@link LintEnginesDescriptor}, the same shape
 * {@code /actuator/migrations} uses.
 */
public sealed interface LintDescriptor permits LintReportDescriptor, LintEnginesDescriptor {

}
