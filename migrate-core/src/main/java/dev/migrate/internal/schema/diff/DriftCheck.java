package dev.migrate.internal.schema.diff;

import dev.migrate.result.DriftCheckResult;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.result.PendingResult;
import dev.migrate.internal.runtime.ConnectionSource;
import dev.migrate.schema.SchemaModelSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * {@code check}: is the database at the heads, and does its schema then match the
 * expected model? migrate's own state tables are never reported, nor tables and sequences
 * matching the exclude patterns.
 */
public final class DriftCheck {

	private final Migrate engine;

	private final SchemaModelSource model;

	private final List<String> excludePatterns;

	public DriftCheck(Migrate engine, SchemaModelSource model, List<String> excludePatterns) {
		this.engine = engine;
		this.model = model;
		this.excludePatterns = List.copyOf(excludePatterns);
	}

	public DriftCheckResult run() {
		PendingResult pending = engine.pending();
		List<String> current = List.copyOf(pending.current());
		if (!pending.isEmpty()) {
			return new DriftCheckResult(current, pending.steps().stream().map(step -> step.revision().id()).toList(),
					null, null);
		}
		MigrateConfig config = engine.config();
		CompareOptions options = CompareOptions.defaults()
			.withIgnoredTables(Set.of(config.versionTable(), config.historyTable()))
			.withExcludePatterns(excludePatterns);
		try (Connection connection = new ConnectionSource(config).open("migrate check")) {
			String schema = config.schema() != null ? config.schema() : DriftDetector.currentSchema(connection);
			DriftReport report = new DriftDetector(options).detect(connection, model.load(), schema);
			return new DriftCheckResult(current, List.of(), report, schema);
		}
		catch (SQLException ex) {
			throw new dev.migrate.MigrateException("Could not close the connection used by check: " + ex.getMessage(),
					ex);
		}
	}

}
