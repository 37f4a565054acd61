package dev.migrate.internal.lint.sql;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A column as written in {@code CREATE TABLE} or {@code ALTER TABLE ... ADD COLUMN}.
 *
 * @param name the column name as stored
 * @param type the type's tokens, e.g. {@code varchar ( 20 )} or
 * {@code timestamp with time zone}
 * @param notNull whether {@code NOT NULL} (or {@code PRIMARY KEY}) is declared
 * @param defaultValue the {@code DEFAULT} expression's tokens, or {@code null} when there
 * is none
 * @param primaryKey whether the column is declared {@code PRIMARY KEY}
 * @param unique whether the column is declared {@code UNIQUE}
 * @param references whether the column declares a foreign key ({@code REFERENCES})
 * @param check whether the column declares a {@code CHECK} constraint
 * @param identity whether the column is {@code GENERATED ... AS IDENTITY}
 * @param generatedStored whether the column is {@code GENERATED ALWAYS AS (expr) STORED}
 */
public record ColumnDefinition(String name, List<SqlToken> type, boolean notNull, @Nullable List<SqlToken> defaultValue,
		boolean primaryKey, boolean unique, boolean references, boolean check, boolean identity,
		boolean generatedStored) {

	private static final Set<String> SERIAL_TYPES = Set.of("serial", "serial2", "serial4", "serial8", "smallserial",
			"bigserial");

	public ColumnDefinition {
		type = List.copyOf(type);
		defaultValue = defaultValue == null ? null : List.copyOf(defaultValue);
	}

	/** True when a {@code DEFAULT} clause is present. */
	public boolean hasDefault() {
		return defaultValue != null;
	}

	/**
	 * The type's first word in lower case, e.g. {@code varchar}, or the empty string when
	 * unknown.
	 */
	public String typeName() {
		return type.isEmpty() || !type.get(0).isIdentifier() ? "" : type.get(0).identifier();
	}

	/**
	 * True when the type is one of the serial pseudo-types, which imply a
	 * {@code nextval()} default. A quoted {@code "serial"} is the same pseudo-type: it
	 * still creates a sequence.
	 */
	public boolean serial() {
		return type.size() == 1 && isSerialType(typeName());
	}

	/**
	 * True for the names of the serial pseudo-types ({@code serial},
	 * {@code bigserial}...).
	 */
	public static boolean isSerialType(String typeName) {
		return SERIAL_TYPES.contains(typeName);
	}

}
