package dev.migrate.internal.dialect;

import java.util.Set;

/**
 * The PostgreSQL keywords that cannot be used as a table or column name without quotes:
 * the categories "reserved", "reserved (can be function or type)" and "non-reserved
 * (cannot be function or type)" of the PostgreSQL documentation, Appendix C (catcodes R,
 * T and C of {@code pg_get_keywords()}), as of PostgreSQL 18. A test compares this list
 * with the server's. Keywords of older servers are a subset, and quoting a word that
 * would not need it is harmless.
 */
final class PostgresKeywords {

	/** catcode R: reserved. */
	private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
			"asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
			"current_catalog", "current_date", "current_role", "current_time", "current_timestamp", "current_user",
			"default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for",
			"foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into", "lateral", "leading",
			"limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order", "placing",
			"primary", "references", "returning", "select", "session_user", "some", "symmetric", "system_user", "table",
			"then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where", "window",
			"with");

	/** catcode T: reserved, but allowed as a function or type name. */
	private static final Set<String> TYPE_FUNC_NAME = Set.of("authorization", "binary", "collation", "concurrently",
			"cross", "current_schema", "freeze", "full", "ilike", "inner", "is", "isnull", "join", "left", "like",
			"natural", "notnull", "outer", "overlaps", "right", "similar", "tablesample", "verbose");

	/** catcode C: non-reserved, but not allowed as a function or type name. */
	private static final Set<String> COL_NAME = Set.of("between", "bigint", "bit", "boolean", "char", "character",
			"coalesce", "dec", "decimal", "exists", "extract", "float", "greatest", "grouping", "inout", "int",
			"integer", "interval", "json", "json_array", "json_arrayagg", "json_exists", "json_object",
			"json_objectagg", "json_query", "json_scalar", "json_serialize", "json_table", "json_value", "least",
			"merge_action", "national", "nchar", "none", "normalize", "nullif", "numeric", "out", "overlay", "position",
			"precision", "real", "row", "setof", "smallint", "substring", "time", "timestamp", "treat", "trim",
			"values", "varchar", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces",
			"xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable");

	private PostgresKeywords() {
	}

	/** All words that must be quoted when used as a name. */
	static Set<String> requiringQuotes() {
		java.util.Set<String> all = new java.util.HashSet<>(RESERVED);
		all.addAll(TYPE_FUNC_NAME);
		all.addAll(COL_NAME);
		return Set.copyOf(all);
	}

}
