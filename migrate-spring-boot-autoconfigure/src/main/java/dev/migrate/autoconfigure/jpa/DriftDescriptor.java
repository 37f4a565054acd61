package dev.migrate.autoconfigure.jpa;

/**
 * The body of {@code /actuator/migrationsdrift}: one {@link DriftReportDescriptor} or,
 * with several engines, {@link DriftEnginesDescriptor}, the same shape
 * {@code /actuator/migrations} uses.
 */
public sealed interface DriftDescriptor permits DriftReportDescriptor, DriftEnginesDescriptor {

}
