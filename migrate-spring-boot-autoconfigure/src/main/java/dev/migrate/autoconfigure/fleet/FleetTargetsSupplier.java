package dev.migrate.autoconfigure.fleet;

import dev.migrate.FleetTarget;
import java.util.List;

/**
 * Supplies the targets of the application's migration fleet (tenant schemas, tenant
 * databases). Asked again for every fleet command and endpoint read, so tenants added at
 * runtime are picked up. Declare one as a bean to run a fleet; the
 * {@code migrate.fleet.schemas}, {@code migrate.fleet.targets-file} and
 * {@code migrate.fleet.targets-query} properties provide one otherwise.
 */
@FunctionalInterface
public interface FleetTargetsSupplier {

	List<FleetTarget> targets();

}
