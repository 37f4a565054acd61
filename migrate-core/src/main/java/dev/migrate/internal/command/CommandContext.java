package dev.migrate.internal.command;

import dev.migrate.MigrateConfig;
import dev.migrate.internal.graph.RevisionGraph;
import dev.migrate.internal.runtime.MigrationRuntime;
import java.util.Objects;

/**
 * What every command works with: the loaded revisions as a graph, the runtime that talks
 * to the database, and the configuration.
 *
 * @param graph the revision graph
 * @param runtime database access, lock and step execution
 * @param config settings
 */
public record CommandContext(RevisionGraph graph, MigrationRuntime runtime, MigrateConfig config) {

	public CommandContext {
		Objects.requireNonNull(graph, "graph");
		Objects.requireNonNull(runtime, "runtime");
		Objects.requireNonNull(config, "config");
	}
}
