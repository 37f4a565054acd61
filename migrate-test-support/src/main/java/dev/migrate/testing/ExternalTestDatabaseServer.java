package dev.migrate.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An existing server named by {@code MIGRATE_TEST_DATABASE_URL}, either as a JDBC URL
 * ({@code jdbc:postgresql://host:port/db?user=u&password=p}) or in libpq form
 * ({@code postgresql://u:p@host:port/db}). The database in the URL is only used to create
 * and drop the per-class test databases, so the user needs {@code CREATEDB}.
 */
final class ExternalTestDatabaseServer implements TestDatabaseServer {

	private final String hostPort;

	private final String adminDatabase;

	private final String user;

	private final String password;

	private final String extraParameters;

	private ExternalTestDatabaseServer(String hostPort, String adminDatabase, String user, String password,
			String extraParameters) {
		this.hostPort = hostPort;
		this.adminDatabase = adminDatabase;
		this.user = user;
		this.password = password;
		this.extraParameters = extraParameters;
	}

	/** {@code server} with other credentials. */
	ExternalTestDatabaseServer(ExternalTestDatabaseServer server, String user, String password) {
		this(server.hostPort, server.adminDatabase, user == null ? server.user : user,
				password == null ? server.password : password, server.extraParameters);
	}

	static ExternalTestDatabaseServer parse(String url) {
		String text = url.trim();
		if (text.startsWith("jdbc:")) {
			text = text.substring("jdbc:".length());
		}
		if (!text.startsWith("postgresql://") && !text.startsWith("postgres://")) {
			throw new IllegalArgumentException("MIGRATE_TEST_DATABASE_URL must look like "
					+ "jdbc:postgresql://host:port/db?user=u or postgresql://u:p@host:port/db");
		}
		URI uri = URI.create(text.replaceFirst("^postgres(ql)?://", "postgresql://"));
		// Query values stay encoded: all but user and password go back into a JDBC url,
		// which the driver
		// decodes (as it decodes user and password there: '+' is a space, as in any query
		// string).
		Map<String, String> query = new LinkedHashMap<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				int eq = pair.indexOf('=');
				query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
			}
		}
		String user = decodeQueryValue(query.remove("user"));
		String password = decodeQueryValue(query.remove("password"));
		if (uri.getRawUserInfo() != null) {
			String[] parts = uri.getRawUserInfo().split(":", 2);
			user = decodeUserInfo(parts[0]);
			password = parts.length > 1 ? decodeUserInfo(parts[1]) : password;
		}
		String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
		String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
		StringBuilder extra = new StringBuilder();
		query.forEach((k, v) -> extra.append('&').append(k).append('=').append(v));
		return new ExternalTestDatabaseServer(hostPort, path.isEmpty() ? "postgres" : path,
				user == null ? System.getProperty("user.name") : user, password == null ? "" : password,
				extra.toString());
	}

	private static String decodeQueryValue(String value) {
		return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	/**
	 * In a URL's user info a '+' is itself, not a space as URLDecoder (made for forms)
	 * would read it.
	 */
	private static String decodeUserInfo(String value) {
		return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	@Override
	public String jdbcUrl(String database) {
		String url = "jdbc:postgresql://" + hostPort + "/" + database;
		return extraParameters.isEmpty() ? url : url + "?" + extraParameters.substring(1);
	}

	@Override
	public String adminDatabase() {
		return adminDatabase;
	}

	@Override
	public String user() {
		return user;
	}

	@Override
	public String password() {
		return password;
	}

	@Override
	public String description() {
		return "external PostgreSQL at " + hostPort + " as " + user;
	}

}
