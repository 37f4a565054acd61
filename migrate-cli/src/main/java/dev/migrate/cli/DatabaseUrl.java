package dev.migrate.cli;

import dev.migrate.SecretMasker;
import java.io.ByteArrayOutputStream;
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
					"a database url must look like postgresql://user:password@host:port/database or jdbc:postgresql://host:port/database; "
							+ describeScheme(value));
		}
		// User info runs to the last '@' of the url: a password is often pasted unencoded
		// and may hold '/', '?', '#', ':' or '@' itself, which would otherwise be read as
		// the start of the path, query or host and end up printed in a "bad url" message.
		// The price: an '@' in the database name or a query value must be written %40.
		int at = rest.lastIndexOf('@');
		String user = null;
		String password = null;
		if (at >= 0) {
			String userInfo = rest.substring(0, at);
			rest = rest.substring(at + 1);
			int colon = userInfo.indexOf(':');
			user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
			password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
		}
		int pathStart = indexOfAny(rest, "/?");
		String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
		String pathAndQuery = pathStart < 0 ? "" : rest.substring(pathStart);
		if (authority.isEmpty()) {
			// Not quoted: whatever we print could be the tail of a password.
			throw new IllegalArgumentException("the database url names no host after its user info");
		}
		int queryStart = pathAndQuery.indexOf('?');
		String path = queryStart < 0 ? pathAndQuery : pathAndQuery.substring(0, queryStart);
		String database = path.startsWith("/") ? path.substring(1) : path;
		List<String> parameters = new ArrayList<>();
		if (queryStart >= 0) {
			// An '&' starts a new parameter only before 'name=': an unencoded '&' in a
			// password stays part of it instead of passing to the JDBC url as a name.
			for (String pair : pathAndQuery.substring(queryStart + 1).split("&(?=[\\w.-]+=)")) {
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

	/**
	 * How the value starts, up to {@code ://}: enough to show what was given, never the
	 * user info (which could be quoted only by guessing where a password ends).
	 */
	private static String describeScheme(String value) {
		int end = value.indexOf("://");
		return (end >= 0 && end < 20) ? "this one starts with '" + value.substring(0, end + 3) + "'"
				: "this one has no scheme://";
	}

	private static int indexOfAny(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Decodes {@code %XX} escapes; a {@code %} not followed by two hex digits is taken
	 * literally (an unencoded password such as {@code 50%off}), and {@code +} stays a
	 * plus (URL user info is not form encoding).
	 */
	private static String decode(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
				bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
				i += 2;
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
					encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
					i++;
				}
				bytes.write(encoded, 0, encoded.length);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0;
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
