package dev.migrate.ops;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column's data type from a small typed vocabulary, spelled by each dialect. Anything
 * outside the vocabulary is available as {@link #raw(String)} (written verbatim) or
 * {@link #named(String)} (a user-defined type such as an enum, quoted like any
 * identifier).
 *
 * <pre>{@code
 * ColumnType.BIGINT, ColumnType.varchar(20), ColumnType.numeric(12, 2), ColumnType.TEXT.array(),
 * ColumnType.named("mood"), ColumnType.raw("geometry(Point, 4326)")
 * }</pre>
 */
public final class ColumnType {

	public static final ColumnType SMALLINT = new ColumnType(TypeKind.SMALLINT);

	public static final ColumnType INTEGER = new ColumnType(TypeKind.INTEGER);

	public static final ColumnType BIGINT = new ColumnType(TypeKind.BIGINT);

	/**
	 * PostgreSQL's auto-incrementing pseudo-types; prefer an identity column for new
	 * tables.
	 */
	public static final ColumnType SMALLSERIAL = new ColumnType(TypeKind.SMALLSERIAL);

	public static final ColumnType SERIAL = new ColumnType(TypeKind.SERIAL);

	public static final ColumnType BIGSERIAL = new ColumnType(TypeKind.BIGSERIAL);

	/** Numeric without precision: any number of digits. */
	public static final ColumnType NUMERIC = new ColumnType(TypeKind.NUMERIC);

	public static final ColumnType REAL = new ColumnType(TypeKind.REAL);

	public static final ColumnType DOUBLE = new ColumnType(TypeKind.DOUBLE);

	/** Varchar without a length limit. */
	public static final ColumnType VARCHAR = new ColumnType(TypeKind.VARCHAR);

	public static final ColumnType TEXT = new ColumnType(TypeKind.TEXT);

	public static final ColumnType BOOLEAN = new ColumnType(TypeKind.BOOLEAN);

	public static final ColumnType DATE = new ColumnType(TypeKind.DATE);

	public static final ColumnType TIME = new ColumnType(TypeKind.TIME);

	/** Timestamp without time zone. */
	public static final ColumnType TIMESTAMP = new ColumnType(TypeKind.TIMESTAMP);

	/** Timestamp with time zone. */
	public static final ColumnType TIMESTAMPTZ = new ColumnType(TypeKind.TIMESTAMPTZ);

	public static final ColumnType UUID = new ColumnType(TypeKind.UUID);

	public static final ColumnType JSON = new ColumnType(TypeKind.JSON);

	public static final ColumnType JSONB = new ColumnType(TypeKind.JSONB);

	public static final ColumnType BYTEA = new ColumnType(TypeKind.BYTEA);

	private final TypeKind kind;

	private final @Nullable Integer precision;

	private final @Nullable Integer scale;

	private final @Nullable ColumnType element;

	private final @Nullable ObjectName userType;

	private final @Nullable String raw;

	private ColumnType(TypeKind kind) {
		this(kind, null, null, null, null, null);
	}

	private ColumnType(TypeKind kind, @Nullable Integer precision, @Nullable Integer scale,
			@Nullable ColumnType element, @Nullable ObjectName userType, @Nullable String raw) {
		this.kind = kind;
		this.precision = precision;
		this.scale = scale;
		this.element = element;
		this.userType = userType;
		this.raw = raw;
	}

	/** {@code numeric(precision, scale)}. */
	public static ColumnType numeric(int precision, int scale) {
		if (precision < 1 || scale < 0 || scale > precision) {
			throw new IllegalArgumentException(
					"numeric(" + precision + ", " + scale + "): precision must be >= 1 and 0 <= scale <= precision");
		}
		return new ColumnType(TypeKind.NUMERIC, precision, scale, null, null, null);
	}

	/** {@code numeric(precision)}: integers of up to {@code precision} digits. */
	public static ColumnType numeric(int precision) {
		return numeric(precision, 0);
	}

	/** {@code varchar(length)}. */
	public static ColumnType varchar(int length) {
		if (length < 1) {
			throw new IllegalArgumentException("varchar(" + length + "): length must be >= 1");
		}
		return new ColumnType(TypeKind.VARCHAR, length, null, null, null, null);
	}

	/** An array of {@code element}, e.g. {@code text[]}. */
	public static ColumnType arrayOf(ColumnType element) {
		Objects.requireNonNull(element, "element");
		return new ColumnType(TypeKind.ARRAY, null, null, element, null, null);
	}

	/** A user-defined type (enum, domain, composite) resolved through the search path. */
	public static ColumnType named(String typeName) {
		return named(ObjectName.of(typeName));
	}

	/** A user-defined type, possibly schema-qualified. */
	public static ColumnType named(ObjectName typeName) {
		return new ColumnType(TypeKind.NAMED, null, null, null, Objects.requireNonNull(typeName, "typeName"), null);
	}

	/**
	 * A type spelled exactly as given, for anything outside the vocabulary. It is SQL
	 * written by the revision's author, so it is not quoted or checked.
	 */
	public static ColumnType raw(String sql) {
		Objects.requireNonNull(sql, "sql");
		if (sql.isBlank()) {
			throw new IllegalArgumentException("raw type must not be blank");
		}
		return new ColumnType(TypeKind.RAW, null, null, null, null, sql);
	}

	/** An array of this type. */
	public ColumnType array() {
		return arrayOf(this);
	}

	public TypeKind kind() {
		return kind;
	}

	/** Length of a varchar or precision of a numeric; {@code null} when unconstrained. */
	public @Nullable Integer precision() {
		return precision;
	}

	/** Scale of a numeric with precision; {@code null} otherwise. */
	public @Nullable Integer scale() {
		return scale;
	}

	/** Element type of an array; {@code null} otherwise. */
	public @Nullable ColumnType element() {
		return element;
	}

	/** The user-defined type of a {@link TypeKind#NAMED} type; {@code null} otherwise. */
	public @Nullable ObjectName userType() {
		return userType;
	}

	/** The verbatim SQL of a {@link TypeKind#RAW} type; {@code null} otherwise. */
	public @Nullable String raw() {
		return raw;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ColumnType that && kind == that.kind && Objects.equals(precision, that.precision)
				&& Objects.equals(scale, that.scale) && Objects.equals(element, that.element)
				&& Objects.equals(userType, that.userType) && Objects.equals(raw, that.raw);
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, precision, scale, element, userType, raw);
	}

	/** For messages; dialects decide the real spelling. */
	@Override
	public String toString() {
		return switch (kind) {
			case NUMERIC -> precision == null ? "numeric" : "numeric(" + precision + ", " + scale + ")";
			case VARCHAR -> precision == null ? "varchar" : "varchar(" + precision + ")";
			case ARRAY -> element + "[]";
			case NAMED -> String.valueOf(userType);
			case RAW -> String.valueOf(raw);
			default -> kind.name().toLowerCase(java.util.Locale.ROOT);
		};
	}

}
