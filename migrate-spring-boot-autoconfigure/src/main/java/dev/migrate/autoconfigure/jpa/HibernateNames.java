package dev.migrate.autoconfigure.jpa;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;

/**
 * Names as PostgreSQL will store them: Hibernate keeps unquoted identifiers as written
 * ({@code OrderLine}), PostgreSQL folds them to lower case ({@code orderline}).
 */
final class HibernateNames {

	private HibernateNames() {
	}

	static @Nullable String name(@Nullable Identifier identifier) {
		if (identifier == null) {
			return null;
		}
		return identifier.isQuoted() ? identifier.getText() : identifier.getText().toLowerCase(Locale.ROOT);
	}

	static String name(String text, boolean quoted) {
		return quoted ? text : text.toLowerCase(Locale.ROOT);
	}

}
