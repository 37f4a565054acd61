package dev.migrate.internal.runtime;

import dev.migrate.MigrateConfig;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the version and history tables live, rendered as quoted SQL identifiers.
 *
 * @param schema schema, or null for the connection's current schema
 * @param versionTable version table name
 * @param historyTable history table name
 */
public record StateTableNames(@Nullable String schema, String versionTable, String historyTable, boolean createSchema) {

	public StateTableNames {
		Objects.requireNonNull(versionTable, "versionTable");
		Objects.requireNonNull(historyTable, "historyTable");
	}

	public StateTableNames(String schema, String versionTable, String historyTable) {
		this(schema, versionTable, historyTable, schema != null);
	}

	/**
	 * The same tables in {@code schema}; {@code create} says whether the schema is
	 * created when missing (a configured one is, the connection's resolved current schema
	 * exists).
	 */
	public StateTableNames withSchema(String schema, boolean create) {
		return new StateTableNames(schema, versionTable, historyTable, create);
	}

	public static StateTableNames of(MigrateConfig config) {
		return new StateTableNames(config.schema(), config.versionTable(), config.historyTable());
	}

	/**
	 * The version table as it appears in SQL, schema-qualified when a schema is
	 * configured.
	 */
	public String qualifiedVersionTable() {
		return qualify(versionTable);
	}

	public String qualifiedHistoryTable() {
		return qualify(historyTable);
	}

	/** {@code CREATE SCHEMA IF NOT EXISTS}, or null when the current schema is used. */
	public String createSchemaSql() {
		return schema == null || !createSchema ? null : "CREATE SCHEMA IF NOT EXISTS " + quote(schema);
	}

	private String qualify(String table) {
		return schema == null ? quote(table) : quote(schema) + "." + quote(table);
	}

	/**
	 * Quotes an identifier so configured names are taken literally (case, special
	 * characters).
	 */
	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}
}
