package dev.migrate.internal.schema;

import dev.migrate.MigrateException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for the constraints and indexes a model leaves unnamed, from templates keyed by
 * kind as in Alembic's (SQLAlchemy's) {@code naming_convention}: {@code ix}, {@code uq},
 * {@code fk}, {@code ck}, {@code pk}. A template is text with tokens:
 * {@code %(table_name)s}, {@code %(column_0_name)s}, {@code %(column_0_N_name)s} (all
 * columns joined by {@code _}), {@code %(column_0N_name)s} (joined without separator),
 * the {@code _label} forms ({@code table_column}), {@code %(referred_table_name)s},
 * {@code %(referred_column_0_name)s} (and its {@code _N}/{@code N} forms) and
 * {@code %(constraint_name)s}; the short forms {@code %(table)s}, {@code %(columns)s} and
 * {@code %(referred_table)s} mean the same as {@code table_name}, {@code column_0_N_name}
 * and {@code referred_table_name}.
 *
 * <p>
 * A kind without a template keeps the name PostgreSQL gives an unnamed object
 * ({@code orders_user_id_fkey}, {@code users_email_key}, {@code users_email_idx},
 * {@code orders_status_check}, {@code orders_pkey}), so an unconfigured project gets the
 * names it would get from PostgreSQL itself. Names longer than PostgreSQL's 63 bytes are
 * shortened with a hash of the full name, so two long names stay distinct and the same
 * input always yields the same name. An unnamed check's {@code constraint_name} is its
 * columns joined by {@code _} (SQLAlchemy refuses unnamed checks there; JPA's enum checks
 * are all unnamed).
 */
public final class NamingConvention {

	public static final Set<String> KINDS = Set.of("ix", "uq", "fk", "ck", "pk");

	private static final Map<String, String> POSTGRES_NAMES = Map.of("ix", "%(table_name)s_%(column_0_N_name)s_idx",
			"uq", "%(table_name)s_%(column_0_N_name)s_key", "fk", "%(table_name)s_%(column_0_N_name)s_fkey", "ck",
			"%(table_name)s_%(column_0_N_name)s_check", "pk", "%(table_name)s_pkey");

	private static final Pattern TOKEN = Pattern.compile("%\\(([A-Za-z0-9_]+)\\)s");

	private static final Set<String> TOKENS = Set.of("table_name", "table", "columns", "column_0_name",
			"column_0_N_name", "column_0N_name", "column_0_label", "column_0_N_label", "column_0N_label",
			"referred_table_name", "referred_table", "referred_column_0_name", "referred_column_0_N_name",
			"referred_column_0N_name", "constraint_name");

	private static final int MAX_IDENTIFIER_BYTES = 63;

	private static final NamingConvention POSTGRES = new NamingConvention(POSTGRES_NAMES);

	private final Map<String, String> templates;

	private NamingConvention(Map<String, String> templates) {
		this.templates = Map.copyOf(templates);
	}

	/** PostgreSQL's own names for unnamed objects. */
	public static NamingConvention postgres() {
		return POSTGRES;
	}

	/**
	 * The convention of {@code templates} (kinds not given keep PostgreSQL's names).
	 * @throws MigrateException naming the setting when a kind or token is unknown
	 */
	public static NamingConvention of(Map<String, String> templates) {
		if (templates.isEmpty()) {
			return POSTGRES;
		}
		Map<String, String> merged = new HashMap<>(POSTGRES_NAMES);
		templates.forEach((kind, template) -> {
			if (!KINDS.contains(kind)) {
				throw new MigrateException("Unknown naming convention kind '" + kind + "' (migrate.naming-convention."
						+ kind + "): use ix, uq, fk, ck or pk.");
			}
			Matcher token = TOKEN.matcher(template);
			while (token.find()) {
				if (!TOKENS.contains(token.group(1))) {
					throw new MigrateException(
							"Unknown token " + token.group() + " in migrate.naming-convention." + kind + "='" + template
									+ "': use one of " + new java.util.TreeSet<>(TOKENS) + " as %(token)s.");
				}
			}
			if (template.isBlank() || TOKEN.matcher(template).replaceAll("").contains("%")) {
				throw new MigrateException("migrate.naming-convention." + kind + "='" + template
						+ "' is not a template: write tokens as %(table_name)s.");
			}
			merged.put(kind, template);
		});
		return new NamingConvention(merged);
	}

	public String index(String table, List<String> columns) {
		return name("ix", table, columns, null, List.of(), null);
	}

	public String unique(String table, List<String> columns) {
		return name("uq", table, columns, null, List.of(), null);
	}

	public String foreignKey(String table, List<String> columns, String referredTable, List<String> referredColumns) {
		return name("fk", table, columns, referredTable, referredColumns, null);
	}

	public String check(String table, List<String> columns) {
		return name("ck", table, columns, null, List.of(), null);
	}

	public String primaryKey(String table, List<String> columns) {
		return name("pk", table, columns, null, List.of(), null);
	}

	/**
	 * The name PostgreSQL itself gives an unnamed object of {@code kind}, whatever the
	 * configured convention ({@code check} accepts either).
	 */
	public static String postgresName(String kind, String table, List<String> columns) {
		return POSTGRES.name(kind, table, columns, null, List.of(), null);
	}

	private String name(String kind, String table, List<String> columns, String referredTable,
			List<String> referredColumns, String constraintName) {
		// Index elements may be expressions or carry DESC: only plain names go into a
		// name.
		List<String> plain = columns.stream().map(NamingConvention::plain).toList();
		Map<String, String> values = new HashMap<>();
		values.put("table_name", table);
		values.put("table", table);
		values.put("column_0_name", plain.isEmpty() ? "" : plain.get(0));
		values.put("column_0_N_name", String.join("_", plain));
		values.put("columns", String.join("_", plain));
		values.put("column_0N_name", String.join("", plain));
		values.put("column_0_label", plain.isEmpty() ? table : table + "_" + plain.get(0));
		values.put("column_0_N_label", String.join("_", plain.stream().map(c -> table + "_" + c).toList()));
		values.put("column_0N_label", String.join("", plain.stream().map(c -> table + "_" + c).toList()));
		String referred = referredTable == null ? "" : referredTable;
		values.put("referred_table_name", referred);
		values.put("referred_table", referred);
		values.put("referred_column_0_name", referredColumns.isEmpty() ? "" : referredColumns.get(0));
		values.put("referred_column_0_N_name", String.join("_", referredColumns));
		values.put("referred_column_0N_name", String.join("", referredColumns));
		values.put("constraint_name", constraintName != null ? constraintName : String.join("_", plain));
		Matcher token = TOKEN.matcher(templates.get(kind));
		StringBuilder name = new StringBuilder();
		while (token.find()) {
			token.appendReplacement(name, Matcher.quoteReplacement(values.get(token.group(1))));
		}
		token.appendTail(name);
		return shorten(name.toString().replaceAll("_{2,}", "_").replaceAll("^_|_$", ""));
	}

	private static String plain(String element) {
		String name = element.strip().replaceAll("(?i)\\s+(asc|desc)$", "").replace("\"", "");
		return name.matches("[A-Za-z_][A-Za-z0-9_$]*") ? name : "expr";
	}

	// A name PostgreSQL would cut at 63 bytes keeps its first part and gets a hash of
	// the whole, so that two long names sharing a prefix stay apart.
	public static String shorten(String name) {
		if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_IDENTIFIER_BYTES) {
			return name;
		}
		String hash = HexFormat.of().formatHex(sha256(name)).substring(0, 8);
		StringBuilder prefix = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			String next = prefix.toString() + name.charAt(i);
			if (next.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES - 9) {
				break;
			}
			prefix.append(name.charAt(i));
		}
		return prefix + "_" + hash;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

}
