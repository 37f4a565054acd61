package dev.migrate.internal.autogenerate;

import java.util.List;

/**
 * The names PostgreSQL gives unnamed constraints ({@code orders_user_id_fkey},
 * {@code users_email_key}), used when a model leaves a constraint unnamed: the downgrade
 * needs a name to drop it by.
 */
final class DefaultNames {

	private static final int MAX_IDENTIFIER_LENGTH = 63;

	private DefaultNames() {
	}

	static String unique(String table, List<String> columns) {
		return name(table, columns, "key");
	}

	static String foreignKey(String table, List<String> columns) {
		return name(table, columns, "fkey");
	}

	private static String name(String table, List<String> columns, String suffix) {
		String name = table + "_" + String.join("_", columns) + "_" + suffix;
		return name.length() <= MAX_IDENTIFIER_LENGTH ? name
				: name.substring(0, MAX_IDENTIFIER_LENGTH - suffix.length() - 1) + "_" + suffix;
	}

}
