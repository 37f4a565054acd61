package dev.migrate.internal.execution;

import dev.migrate.MigrateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds Java values to JDBC parameters, accepting the same values the dialect renders as
 * literals offline, so a statement means the same online and in {@code upgrade --sql}.
 */
final class ParameterBinder {

	/** PostgreSQL element type names for arrays, by Java element class. */
	private static final Map<Class<?>, String> ARRAY_ELEMENT_TYPES = Map.of(String.class, "text", Integer.class, "int4",
			Long.class, "int8", Short.class, "int2", Boolean.class, "bool", java.math.BigDecimal.class, "numeric",
			Double.class, "float8", Float.class, "float4", java.util.UUID.class, "uuid");

	private ParameterBinder() {
	}

	static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value instanceof Instant instant) {
			statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
		}
		else if (value instanceof ZonedDateTime zoned) {
			statement.setObject(index, zoned.toOffsetDateTime());
		}
		else if (value instanceof Enum<?> e) {
			statement.setString(index, e.name());
		}
		else if (value instanceof Character c) {
			statement.setString(index, c.toString());
		}
		else if (value instanceof Iterable<?> items) {
			List<Object> list = new ArrayList<>();
			items.forEach(list::add);
			statement.setArray(index, array(statement.getConnection(), list.toArray()));
		}
		else if (value instanceof Object[] items) {
			statement.setArray(index, array(statement.getConnection(), items));
		}
		else {
			statement.setObject(index, value);
		}
	}

	private static java.sql.Array array(Connection connection, Object[] items) throws SQLException {
		Class<?> elementClass = null;
		for (Object item : items) {
			if (item != null) {
				elementClass = item.getClass();
				break;
			}
		}
		String type = elementClass == null ? "text" : ARRAY_ELEMENT_TYPES.get(elementClass);
		if (type == null) {
			throw new MigrateException("Cannot bind an array of " + elementClass.getName()
					+ "; use elements of String, Integer, Long, Short, Boolean, BigDecimal, Double, Float or UUID");
		}
		return connection.createArrayOf(type, items);
	}

}
