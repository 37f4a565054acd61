package dev.migrate.autoconfigure.endpoint;

/**
 * The body of {@code /actuator/migrations}: either one {@link EngineDescriptor} or, with
 * several engines, {@link EnginesDescriptor}.
 */
public sealed interface MigrationsDescriptor permits EngineDescriptor, EnginesDescriptor {

}
