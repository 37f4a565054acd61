package dev.migrate.ops;

/**
 * The kinds of {@link ColumnType}. Dialects switch over these to spell each type;
 * {@link #NAMED} refers to a user-defined type (an enum, a domain) and {@link #RAW}
 * carries SQL verbatim.
 */
public enum TypeKind {

	SMALLINT, INTEGER, BIGINT, SMALLSERIAL, SERIAL, BIGSERIAL, NUMERIC, REAL, DOUBLE, VARCHAR, TEXT, BOOLEAN, DATE,
	TIME, TIMESTAMP, TIMESTAMPTZ, UUID, JSON, JSONB, BYTEA, ARRAY, NAMED, RAW

}
