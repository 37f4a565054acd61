package dev.migrate.internal.command;

import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.internal.runtime.ConnectionSource;
import dev.migrate.internal.schema.NamingConvention;
import dev.migrate.internal.schema.diff.CompareOptions;
import dev.migrate.internal.schema.diff.DriftDetector;
import dev.migrate.internal.schema.diff.DriftReport;
import dev.migrate.result.DriftCheckResult;
import dev.migrate.result.PendingResult;
import dev.migrate.schema.SchemaModelSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code check}: is the database at the heads, and does its schema then match the
 * expected model? migrate's own state tables are never reported, nor tables and sequences
 * matching the exclude patterns.
 */
public final class CheckCommand {

	private final CommandContext context;

	public CheckCommand(CommandContext context) {
		this.context = context;
	}

	public DriftCheckResult run(SchemaModelSource model, List<String> excludePatterns) {
		Comparison comparison = compare(model, excludePatterns);
		return new DriftCheckResult(comparison.current(), comparison.pending(),
				(comparison.report() != null) ? comparison.report().plain() : null, comparison.defaultSchema());
	}

	/**
	 * The comparison behind {@link #run}, with the typed differences that autogenerate
	 * turns into operations.
	 */
	Comparison compare(SchemaModelSource model, List<String> excludePatterns) {
		PendingResult pending = new PendingCommand(this.context).run();
		List<String> current = List.copyOf(pending.current());
		if (!pending.isEmpty()) {
			return new Comparison(current, pending.steps().stream().map((step) -> step.revision().id()).toList(), null,
					null);
		}
		MigrateConfig config = this.context.config();
		CompareOptions options = CompareOptions.defaults()
			.withIgnoredTables(Set.of(config.versionTable(), config.historyTable()))
			.withExcludePatterns(excludePatterns)
			.withNamingConvention(NamingConvention.of(config.namingConvention()));
		try (Connection connection = new ConnectionSource(config).open("migrate check")) {
			String schema = (config.schema() != null) ? config.schema() : DriftDetector.currentSchema(connection);
			DriftReport report = new DriftDetector(options).detect(connection, model.load(), schema);
			return new Comparison(current, List.of(), report, schema);
		}
		catch (SQLException ex) {
			throw new MigrateException("Could not close the connection used by check: " + ex.getMessage(), ex);
		}
	}

	/**
	 * @param current the recorded heads
	 * @param pending ids that {@code upgrade heads} would run; empty at the heads
	 * @param report the differences, or {@code null} when not at the heads
	 * @param defaultSchema the schema unqualified names belong to, or {@code null}
	 */
	record Comparison(List<String> current, List<String> pending, @Nullable DriftReport report,
			@Nullable String defaultSchema) {

		boolean atHeads() {
			return this.pending.isEmpty();
		}

	}

}
