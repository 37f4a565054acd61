package dev.migrate.internal.dialect;

import dev.migrate.ops.ColumnType;
import dev.migrate.ops.ObjectName;
import dev.migrate.ops.Operation;
import java.util.List;

/**
 * Turns {@link Operation} values into one database's SQL. Rendering is pure (no
 * connection), so the same statements are executed online, written by
 * {@code upgrade --sql}, and hashed into a Java revision's checksum.
 *
 * <p>
 * Identifiers are validated and quoted only when needed; values become inert literals.
 * SQL fragments written by a revision's author (check conditions, index expressions and
 * predicates, default expressions, {@code USING}, view queries, raw types, raw
 * statements) are code, not data, and are rendered verbatim.
 */
public interface Dialect {

	/** A short name for messages, e.g. {@code postgresql}. */
	String name();

	/**
	 * The statements that perform the operation, in order, without terminators.
	 * Parameters of {@link dev.migrate.ops.ExecuteSql} are inlined as literals and a bulk
	 * insert becomes multi-row {@code INSERT}s, so the result is also a valid offline
	 * script.
	 * @throws UnsupportedByDialectException when the dialect cannot express the operation
	 * @throws InvalidIdentifierException when a name cannot be stored as written
	 */
	List<String> render(Operation operation);

	/**
	 * Whether the operation may run inside a transaction on this dialect's server.
	 * Defaults to the operation's own answer; a dialect refines it when it depends on the
	 * server version.
	 */
	default boolean isTransactional(Operation operation) {
		return operation.transactional();
	}

	/** An identifier as SQL, quoted when needed. */
	String quote(String identifier);

	/** A possibly schema-qualified name as SQL. */
	String qualify(ObjectName name);

	/**
	 * A Java value as an inert SQL literal ({@code NULL}, {@code 42},
	 * {@code 'it''s'}...).
	 */
	String literal(Object value);

	/** A column type as SQL. */
	String renderType(ColumnType type);

	/** {@code INSERT INTO table (columns) VALUES (?, ...)}, for JDBC batches. */
	String insertStatement(ObjectName table, List<String> columns);

	/**
	 * The statement as a line of a script: terminated by {@code ;}, on a line of its own
	 * when the statement ends in a {@code --} comment (which would swallow the
	 * terminator).
	 */
	String scriptStatement(String statement);

}
