package dev.migrate.autoconfigure.endpoint;

import java.util.Map;

/**
 * The endpoint's body when the application has several engines (several DataSources).
 *
 * @param engines each engine's state by bean name
 */
public record EnginesDescriptor(Map<String, EngineDescriptor> engines) implements MigrationsDescriptor {
}
