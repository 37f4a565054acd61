package dev.migrate.autoconfigure.endpoint;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.migrate.autoconfigure.fleet.FleetDescriptor;
import java.util.Map;

/**
 * The endpoint's body when the application has several engines (several DataSources).
 *
 * @param engines each engine's state by bean name
 * @param fleet the fleet summary when the application runs a fleet, else absent
 */
public record EnginesDescriptor(Map<String, EngineDescriptor> engines,
		@JsonInclude(JsonInclude.Include.NON_NULL) FleetDescriptor fleet) implements MigrationsDescriptor {
}
