package dev.migrate.internal.schema.diff;

import dev.migrate.internal.schema.PostgresSchemaReflector;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.SchemaReflectionException;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a model with a live database: reflects the default schema and every schema the
 * model uses, then compares. The default schema is the configured one, or else the
 * connection's current schema.
 */
public final class DriftDetector {

	private final PostgresSchemaReflector reflector = new PostgresSchemaReflector();

	private final CompareOptions options;

	/**
	 * @param options what to compare; its default schema is replaced by the connection's
	 * when {@code null}
	 */
	public DriftDetector(CompareOptions options) {
		this.options = options;
	}

	/**
	 * The drift between {@code model} and the database behind {@code connection}.
	 * @param schema the default schema (migrate's configured schema), or {@code null} for
	 * the connection's current schema
	 */
	public DriftReport detect(Connection connection, SchemaModel model, String schema) {
		CompareOptions resolved = options.withDefaultSchema(schema != null ? schema : currentSchema(connection));
		SchemaModel database = reflector.reflect(connection, schemasToReflect(model, resolved.defaultSchema()));
		return new SchemaComparator(resolved).compare(model, database);
	}

	/**
	 * The schemas {@link #detect} reflects: the default one and every schema the model
	 * uses.
	 */
	public static List<String> schemasToReflect(SchemaModel model, String defaultSchema) {
		Set<String> schemas = new LinkedHashSet<>();
		schemas.add(defaultSchema);
		schemas.addAll(model.schemas());
		model.tables().stream().map(Table::schema).filter(java.util.Objects::nonNull).forEach(schemas::add);
		model.sequences().stream().map(Sequence::schema).filter(java.util.Objects::nonNull).forEach(schemas::add);
		return new ArrayList<>(schemas);
	}

	/** The connection's {@code current_schema()}. */
	public static String currentSchema(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
			rs.next();
			String schema = rs.getString(1);
			if (schema == null) {
				throw new SQLException("the connection has no current schema: its search_path names no existing"
						+ " schema; configure migrate's schema");
			}
			return schema;
		}
		catch (SQLException ex) {
			throw new SchemaReflectionException(List.of(), ex);
		}
	}

}
