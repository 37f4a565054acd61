package dev.migrate.internal.execution;

import dev.migrate.MigrateException;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationExecutor;
import java.sql.Connection;

/**
 * Expands {@value #TOKEN} in raw SQL to the quoted name of the configured schema, for the
 * rare statement that must name the schema it runs in (a fleet runs one revision in many
 * schemas; unqualified names already resolve there through {@code search_path}). The
 * expansion happens when the statement runs, so a revision's checksum is the same in
 * every schema.
 */
public final class SchemaPlaceholder implements OperationExecutor {

	/** The placeholder as written in revisions. */
	public static final String TOKEN = "${migrate:schema}";

	private final OperationExecutor delegate;

	private final String schema;

	/**
	 * @param delegate the executor that runs the expanded operations
	 * @param schema the configured schema, or null when none is configured (the
	 * placeholder is then an error)
	 */
	public SchemaPlaceholder(OperationExecutor delegate, String schema) {
		this.delegate = delegate;
		this.schema = schema;
	}

	@Override
	public void apply(Operation operation) {
		if (operation instanceof ExecuteSql sql && sql.sql().contains(TOKEN)) {
			if (schema == null) {
				throw new MigrateException("The statement" + (sql.location() == null ? "" : " at " + sql.location())
						+ " uses " + TOKEN + ", but no schema is configured: set migrate.schema (--schema), or run"
						+ " it through 'migrate fleet', which sets the schema of each target.");
			}
			delegate.apply(new ExecuteSql(sql.sql().replace(TOKEN, quote(schema)), sql.parameters(), sql.location(),
					sql.transactional()));
			return;
		}
		delegate.apply(operation);
	}

	@Override
	public Connection connection() {
		return delegate.connection();
	}

	@Override
	public void autocommitBlock(Runnable block) {
		delegate.autocommitBlock(block);
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
