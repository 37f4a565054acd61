package dev.migrate.internal.runtime;

import dev.migrate.internal.sql.PostgresLexer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code CREATE INDEX CONCURRENTLY} that fails or is interrupted leaves its index
 * behind, marked INVALID: useless for queries, still updated on every write, and in the
 * way of the next attempt ("relation ... already exists"). When a {@code CREATE INDEX}
 * statement fails, this names such an index and the statement that drops it.
 */
final class InvalidIndexes {

	private static final String FIND = "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_index i "
			+ "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
			+ "WHERE NOT i.indisvalid AND (i.indexrelid = to_regclass(?) "
			+ "OR (? IS NULL AND i.indrelid = to_regclass(?))) ORDER BY 1";

	private InvalidIndexes() {
	}

	/**
	 * The advice for a failed {@code statement}, or null when it creates no index or no
	 * invalid index of it exists. Without an index name in the statement, invalid indexes
	 * of its table are named. Never throws: the advice must not hide the failure.
	 */
	static String advice(Connection connection, String statement) {
		CreateIndex create = CreateIndex.parse(statement);
		if (create == null) {
			return null;
		}
		List<String> invalid = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(FIND)) {
			query.setString(1, create.qualifiedIndex());
			query.setString(2, create.index());
			query.setString(3, create.table());
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					invalid.add(rs.getString(1));
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			return null;
		}
		if (invalid.isEmpty()) {
			return null;
		}
		StringBuilder advice = new StringBuilder();
		advice.append(invalid.size() == 1 ? "The index " + invalid.get(0) + " is"
				: "The indexes " + String.join(", ", invalid) + " are");
		advice.append(" INVALID: a CREATE INDEX CONCURRENTLY that failed or was interrupted left ")
			.append(invalid.size() == 1 ? "it" : "them")
			.append(" behind (unusable for queries, yet updated on every write). Drop ")
			.append(invalid.size() == 1 ? "it" : "them")
			.append(" before the index is built again:");
		for (String index : invalid) {
			advice.append("\n    DROP INDEX CONCURRENTLY IF EXISTS ").append(index).append(';');
		}
		return advice.toString();
	}

	/**
	 * The names in {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON
	 * [ONLY] table}, spelled as in the statement (quoted identifiers keep their quotes,
	 * so {@code to_regclass} reads them as the server did).
	 */
	record CreateIndex(String index, String table) {

		/** The index in the table's schema (an index name cannot be qualified). */
		String qualifiedIndex() {
			if (index == null) {
				return null;
			}
			int dot = lastDot(table);
			return dot < 0 ? index : table.substring(0, dot + 1) + index;
		}

		static CreateIndex parse(String statement) {
			List<String> tokens = tokens(statement, 12);
			int at = 0;
			if (!word(tokens, at++, "create")) {
				return null;
			}
			if (word(tokens, at, "unique")) {
				at++;
			}
			if (!word(tokens, at++, "index")) {
				return null;
			}
			if (word(tokens, at, "concurrently")) {
				at++;
			}
			if (word(tokens, at, "if") && word(tokens, at + 1, "not") && word(tokens, at + 2, "exists")) {
				at += 3;
			}
			String index = null;
			if (!word(tokens, at, "on")) {
				index = at < tokens.size() ? tokens.get(at++) : null;
			}
			if (!word(tokens, at++, "on")) {
				return null;
			}
			if (word(tokens, at, "only")) {
				at++;
			}
			return at < tokens.size() ? new CreateIndex(index, tokens.get(at)) : null;
		}

		/**
		 * The first {@code limit} names and words, a qualified name ({@code a.b}) as one
		 * token; comments and white space skipped.
		 */
		private static List<String> tokens(String statement, int limit) {
			List<String> tokens = new ArrayList<>();
			PostgresLexer lexer = new PostgresLexer(statement);
			boolean joinNext = false;
			while (tokens.size() <= limit && lexer.next()) {
				switch (lexer.kind()) {
					case WHITESPACE, LINE_COMMENT, BLOCK_COMMENT -> {
					}
					case WORD, QUOTED_IDENTIFIER -> {
						if (joinNext && !tokens.isEmpty()) {
							tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + "." + lexer.token());
						}
						else {
							tokens.add(lexer.token());
						}
						joinNext = false;
					}
					default -> {
						if (lexer.token().equals(".")) {
							joinNext = true;
						}
						else {
							return tokens;
						}
					}
				}
			}
			return tokens;
		}

		private static boolean word(List<String> tokens, int at, String word) {
			return at < tokens.size() && tokens.get(at).toLowerCase(Locale.ROOT).equals(word);
		}

		private static int lastDot(String name) {
			boolean quoted = false;
			for (int i = name.length() - 1; i >= 0; i--) {
				char c = name.charAt(i);
				if (c == '"') {
					quoted = !quoted;
				}
				else if (c == '.' && !quoted) {
					return i;
				}
			}
			return -1;
		}

	}

}
