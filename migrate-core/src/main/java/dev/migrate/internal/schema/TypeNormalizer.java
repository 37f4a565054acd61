package dev.migrate.internal.schema;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a PostgreSQL type name to the canonical spelling {@code format_type()} prints,
 * so that {@code varchar(255)}, {@code character varying(255)}, {@code int4},
 * {@code integer}, {@code timestamptz} and {@code timestamp(6) with time zone} compare as
 * equal.
 *
 * <p>
 * Precision 6 on time types is dropped because it is PostgreSQL's default (and what
 * Hibernate always writes); other precisions are kept. Serial types become their integer
 * type: the sequence default they imply is compared as a server default, not as part of
 * the type.
 */
public final class TypeNormalizer {

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("int", "integer"),
			Map.entry("int4", "integer"), Map.entry("integer", "integer"), Map.entry("serial", "integer"),
			Map.entry("serial4", "integer"), Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
			Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"), Map.entry("int2", "smallint"),
			Map.entry("smallint", "smallint"), Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"),
			Map.entry("tinyint", "smallint"), Map.entry("float8", "double precision"),
			Map.entry("double precision", "double precision"), Map.entry("float4", "real"), Map.entry("real", "real"),
			Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"), Map.entry("varchar", "character varying"),
			Map.entry("character varying", "character varying"), Map.entry("char varying", "character varying"),
			Map.entry("char", "character"), Map.entry("character", "character"), Map.entry("bpchar", "character"),
			Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"), Map.entry("varbit", "bit varying"),
			Map.entry("bit varying", "bit varying"), Map.entry("timestamptz", "timestamp with time zone"),
			Map.entry("timetz", "time with time zone"));

	/**
	 * Catalog names of array types ({@code _int4}) that may appear in place of
	 * {@code integer[]}.
	 */
	private static final Pattern CATALOG_ARRAY = Pattern.compile("_([a-z0-9]+)");

	private static final Pattern ARRAY_SUFFIX = Pattern.compile("(.*?)\\s*(\\[\\d*\\]|\\barray)$");

	private static final Pattern TIME_TYPE = Pattern
		.compile("(timestamp|time|timestamptz|timetz)\\s*(?:\\((\\d+)\\))?\\s*(with time zone|without time zone)?");

	private static final Pattern NAME_AND_ARGS = Pattern.compile("(.+?)\\s*(?:\\(([^()]*)\\))?");

	private static final int DEFAULT_TIME_PRECISION = 6;

	private TypeNormalizer() {
	}

	/** The canonical form of {@code type}; identical types yield equal strings. */
	public static String normalize(String type) {
		String text = type.trim().replaceAll("\\s+", " ");
		if (!text.contains("\"")) {
			text = text.toLowerCase(Locale.ROOT);
		}
		int dimensions = 0;
		Matcher array = ARRAY_SUFFIX.matcher(text);
		while (array.matches()) {
			dimensions++;
			text = array.group(1);
			array = ARRAY_SUFFIX.matcher(text);
		}
		Matcher catalogArray = CATALOG_ARRAY.matcher(text);
		if (catalogArray.matches() && ALIASES.containsKey(catalogArray.group(1))) {
			dimensions++;
			text = catalogArray.group(1);
		}
		return normalizeScalar(text) + "[]".repeat(dimensions);
	}

	/** Whether two type names denote the same type. */
	public static boolean sameType(String left, String right) {
		return normalize(left).equals(normalize(right));
	}

	private static String normalizeScalar(String text) {
		Matcher time = TIME_TYPE.matcher(text);
		if (time.matches()) {
			return normalizeTime(time);
		}
		Matcher nameAndArgs = NAME_AND_ARGS.matcher(text);
		if (!nameAndArgs.matches()) {
			return text;
		}
		String name = nameAndArgs.group(1);
		String args = nameAndArgs.group(2) == null ? null : nameAndArgs.group(2).replace(" ", "");
		if (name.equals("float")) {
			return args != null && !args.isEmpty() && Integer.parseInt(args) <= 24 ? "real" : "double precision";
		}
		String canonical = ALIASES.getOrDefault(name, name);
		if (canonical.equals("numeric") && args != null && !args.contains(",")) {
			args = args + ",0";
		}
		if ((canonical.equals("character") || canonical.equals("bit")) && args == null) {
			args = "1";
		}
		return args == null ? canonical : canonical + "(" + args + ")";
	}

	private static String normalizeTime(Matcher time) {
		String base = time.group(1);
		boolean withZone = base.endsWith("tz") || "with time zone".equals(time.group(3));
		base = base.replace("tz", "");
		String precision = time.group(2);
		if (precision != null && Integer.parseInt(precision) == DEFAULT_TIME_PRECISION) {
			precision = null;
		}
		return base + (precision == null ? "" : "(" + precision + ")")
				+ (withZone ? " with time zone" : " without time zone");
	}

}
