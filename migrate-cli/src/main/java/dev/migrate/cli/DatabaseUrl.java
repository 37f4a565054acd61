package dev.migrate.cli;

import dev.migrate.SecretMasker;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code DATABASE_URL} in the libpq form that Heroku, Render, Fly.io and docker-compose
 * files use, {@code postgresql://user:pass@host:port/db?sslmode=require} (also
 * {@code postgres://}), turned into a JDBC url plus separate credentials. User and
 * password may be URL-encoded, in the user-info part or as {@code user=} /
 * {@code password=} query parameters; other parameters pass through to the JDBC url,
 * where the PostgreSQL driver understands the common ones ({@code sslmode},
 * {@code application_name}, ...). A {@code jdbc:postgresql:} value is taken as it is.
 *
 * @param jdbcUrl JDBC url without credentials
 * @param user the user, or null when the url names none
 * @param password the password, or null when the url names none
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

	public static DatabaseUrl parse(String text) {
		String value = text.trim();
		if (value.startsWith("jdbc:")) {
			return new DatabaseUrl(value, null, null);
		}
		String lower = value.toLowerCase(Locale.ROOT);
		String rest;
		if (lower.startsWith("postgresql://")) {
			rest = value.substring("postgresql://".length());
		}
		else if (lower.startsWith("postgres://")) {
			rest = value.substring("postgres://".length());
		}
		else {
			throw new IllegalArgumentException(
					"a database url must look like postgresql://user:password@host:port/database or jdbc:postgresql://host:port/database, not '"
							+ SecretMasker.maskUrls(value) + "'");
		}
		int pathStart = indexOfAny(rest, "/?");
		String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
		String pathAndQuery = pathStart < 0 ? "" : rest.substring(pathStart);
		// The last '@' separates user info from hosts: an unencoded '@' in a password is
		// common enough to allow.
		int at = authority.lastIndexOf('@');
		String user = null;
		String password = null;
		if (at >= 0) {
			String userInfo = authority.substring(0, at);
			authority = authority.substring(at + 1);
			int colon = userInfo.indexOf(':');
			user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
			password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
		}
		if (authority.isEmpty()) {
			throw new IllegalArgumentException(
					"the database url names no host: '" + SecretMasker.maskUrls(value) + "'");
		}
		int queryStart = pathAndQuery.indexOf('?');
		String path = queryStart < 0 ? pathAndQuery : pathAndQuery.substring(0, queryStart);
		String database = path.startsWith("/") ? path.substring(1) : path;
		List<String> parameters = new ArrayList<>();
		if (queryStart >= 0) {
			for (String pair : pathAndQuery.substring(queryStart + 1).split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int eq = pair.indexOf('=');
				String key = eq < 0 ? pair : pair.substring(0, eq);
				String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
				if (key.equals("user")) {
					user = decode(rawValue);
				}
				else if (key.equals("password")) {
					password = decode(rawValue);
				}
				else {
					parameters.add(pair);
				}
			}
		}
		// The database name stays %-encoded: the PostgreSQL driver decodes the JDBC url's
		// path itself,
		// so decoding it here as well would read 'sales%2525' as 'sales%' rather than
		// 'sales%25'.
		String jdbcUrl = "jdbc:postgresql://" + authority + "/" + database
				+ (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
		return new DatabaseUrl(jdbcUrl, emptyToNull(user), password);
	}

	private static int indexOfAny(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	private static String decode(String text) {
		try {
			// URLDecoder turns '+' into a space (form encoding); in a URL's user info '+'
			// is a literal plus.
			return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// URLDecoder's message quotes the bad escape, which may be part of the
			// password: say less.
			throw new IllegalArgumentException("the database url contains an invalid %-escape; URL-encode special "
					+ "characters of the user and password (e.g. '@' as %40, '%' as %25)");
		}
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	@Override
	public String toString() {
		return "DatabaseUrl[" + jdbcUrl + ", user=" + user + ", password="
				+ (password == null ? "null" : SecretMasker.MASK) + "]";
	}
}
