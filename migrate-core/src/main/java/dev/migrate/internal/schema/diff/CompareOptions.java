package dev.migrate.internal.schema.diff;

import dev.migrate.internal.schema.NamingConvention;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@link SchemaComparator} compares and ignores.
 *
 * @param defaultSchema the schema that objects without a schema belong to (usually
 * {@code public})
 * @param ignoredTables table names never compared, in any schema: migrate's own state
 * tables
 * @param excludePatterns name patterns of tables and sequences to leave alone, matched
 * against {@code name} and {@code schema.name}; {@code *} matches any run of characters,
 * {@code ?} one character
 * @param compareServerDefaults whether server defaults are compared
 * @param compareComments whether table and column comments are compared
 * @param namingConvention the names autogenerate gives unnamed objects, which an unnamed
 * check of the model accepts in the database (besides PostgreSQL's own name)
 */
public record CompareOptions(String defaultSchema, Set<String> ignoredTables, List<String> excludePatterns,
		boolean compareServerDefaults, boolean compareComments, NamingConvention namingConvention) {

	public static final String DEFAULT_SCHEMA = "public";

	public static final Set<String> MIGRATE_TABLES = Set.of("migrate_version", "migrate_history");

	public CompareOptions {
		defaultSchema = defaultSchema == null ? DEFAULT_SCHEMA : defaultSchema;
		ignoredTables = Set.copyOf(ignoredTables);
		excludePatterns = List.copyOf(excludePatterns);
		namingConvention = namingConvention == null ? NamingConvention.postgres() : namingConvention;
	}

	public CompareOptions(String defaultSchema, Set<String> ignoredTables, List<String> excludePatterns,
			boolean compareServerDefaults, boolean compareComments) {
		this(defaultSchema, ignoredTables, excludePatterns, compareServerDefaults, compareComments, null);
	}

	/**
	 * Schema {@code public}, migrate's default state tables ignored, defaults and
	 * comments compared.
	 */
	public static CompareOptions defaults() {
		return new CompareOptions(DEFAULT_SCHEMA, MIGRATE_TABLES, List.of(), true, true);
	}

	public CompareOptions withDefaultSchema(String schema) {
		return new CompareOptions(schema, ignoredTables, excludePatterns, compareServerDefaults, compareComments,
				namingConvention);
	}

	/** These options ignoring the given state tables instead of the default names. */
	public CompareOptions withIgnoredTables(Set<String> tables) {
		return new CompareOptions(defaultSchema, tables, excludePatterns, compareServerDefaults, compareComments,
				namingConvention);
	}

	public CompareOptions withExcludePatterns(List<String> patterns) {
		return new CompareOptions(defaultSchema, ignoredTables, patterns, compareServerDefaults, compareComments,
				namingConvention);
	}

	public CompareOptions withCompareServerDefaults(boolean compare) {
		return new CompareOptions(defaultSchema, ignoredTables, excludePatterns, compare, compareComments,
				namingConvention);
	}

	public CompareOptions withCompareComments(boolean compare) {
		return new CompareOptions(defaultSchema, ignoredTables, excludePatterns, compareServerDefaults, compare,
				namingConvention);
	}

	public CompareOptions withNamingConvention(NamingConvention convention) {
		return new CompareOptions(defaultSchema, ignoredTables, excludePatterns, compareServerDefaults, compareComments,
				convention);
	}

	/** Whether a table or sequence is left out of the comparison. */
	public boolean excludes(String schema, String name) {
		if (ignoredTables.contains(name)) {
			return true;
		}
		String qualified = schema + "." + name;
		return excludePatterns.stream()
			.map(CompareOptions::globToRegex)
			.anyMatch(pattern -> pattern.matcher(name).matches() || pattern.matcher(qualified).matches());
	}

	private static Pattern globToRegex(String glob) {
		StringBuilder regex = new StringBuilder();
		for (char c : glob.toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString());
	}
}
