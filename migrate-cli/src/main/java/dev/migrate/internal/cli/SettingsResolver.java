package dev.migrate.internal.cli;

import dev.migrate.cli.DatabaseUrl;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decides each setting's value from the command line and the environment, in this order:
 * <ol>
 * <li>the option ({@code --user});</li>
 * <li>its {@code MIGRATE_*} variable ({@code MIGRATE_USER});</li>
 * <li>for url, user and password only, {@code DATABASE_URL};</li>
 * <li>the application's settings, when the launcher read them (the Maven plugin reads
 * {@code src/main/resources/application.*}): {@code migrate.lock-timeout}, and for the
 * connection {@code migrate.url}, {@code migrate.user}, {@code migrate.password} before
 * {@code spring.datasource.url}, {@code username}, {@code password}.</li>
 * </ol>
 * A url in {@code DATABASE_URL} form is also accepted by {@code --url} and
 * {@code MIGRATE_URL}. {@code DATABASE_URL} is used only when it supplies the url: its
 * credentials belong to its server, so they are never combined with a url given by
 * {@code --url} or {@code MIGRATE_URL}. Empty variables count as unset, as container
 * platforms often define them empty.
 */
public final class SettingsResolver {

	static final String DATABASE_URL = "DATABASE_URL";

	private SettingsResolver() {
	}

	/**
	 * @throws UsageException when a value cannot be parsed; the message names the option
	 * or variable
	 */
	public static ResolvedSettings resolve(Map<Setting, String> options, Map<String, String> environment) {
		return resolve(options, environment, Map.of(), "");
	}

	/**
	 * Resolves with the application's settings as the last source.
	 * @param application the application's settings by property name
	 * ({@code migrate.lock-timeout}, {@code spring.datasource.url}); names in Spring's
	 * relaxed forms ({@code lockTimeout}, {@code lock_timeout}) are accepted
	 * @param applicationOrigin where they were read, for error messages
	 * @throws UsageException when a value cannot be parsed; the message names the option,
	 * variable or property
	 */
	public static ResolvedSettings resolve(Map<Setting, String> options, Map<String, String> environment,
			Map<String, String> application, String applicationOrigin) {
		Map<Setting, Object> values = new EnumMap<>(Setting.class);
		for (Setting setting : Setting.values()) {
			String option = options.get(setting);
			if (option != null) {
				values.put(setting, parse(setting, option, setting.option()));
				continue;
			}
			String variable = nonEmpty(environment.get(setting.environmentVariable()));
			if (variable != null) {
				values.put(setting, parse(setting, variable, setting.environmentVariable()));
			}
		}
		String url = (String) values.get(Setting.URL);
		if (url != null && !url.startsWith("jdbc:")) {
			// --url and MIGRATE_URL accept the DATABASE_URL form too; its credentials
			// rank below --user/--password.
			useDatabaseUrl(values, url);
		}
		String databaseUrl = nonEmpty(environment.get(DATABASE_URL));
		if (url == null && databaseUrl != null) {
			useDatabaseUrl(values, databaseUrl);
		}
		if (!application.isEmpty()) {
			useApplicationSettings(values, application, applicationOrigin);
		}
		return new ResolvedSettings(values);
	}

	private static void useApplicationSettings(Map<Setting, Object> values, Map<String, String> application,
			String origin) {
		Map<String, String> byKey = new HashMap<>();
		application.forEach((name, value) -> byKey.put(canonical(name), value));
		// An application's credentials belong to its url: a url from an option or the
		// environment is not combined with them, as with DATABASE_URL.
		boolean connectionFromApplication = !values.containsKey(Setting.URL);
		for (Setting setting : Setting.values()) {
			if (values.containsKey(setting)) {
				continue;
			}
			String property = "migrate." + setting.key();
			String value = nonEmpty(byKey.get(canonical(property)));
			if (value == null && isConnection(setting)) {
				property = "spring.datasource." + springDataSourceKey(setting);
				value = nonEmpty(byKey.get(canonical(property)));
			}
			if (value == null || (isConnection(setting) && !connectionFromApplication)) {
				continue;
			}
			values.put(setting, parse(setting, value, property + (origin.isEmpty() ? "" : " in " + origin)));
		}
		String url = (String) values.get(Setting.URL);
		if (connectionFromApplication && url != null && !url.startsWith("jdbc:")) {
			useDatabaseUrl(values, url);
		}
	}

	private static boolean isConnection(Setting setting) {
		return setting == Setting.URL || setting == Setting.USER || setting == Setting.PASSWORD;
	}

	private static String springDataSourceKey(Setting setting) {
		return (setting == Setting.USER) ? "username" : setting.key();
	}

	/**
	 * Spring's relaxed names: {@code lockTimeout}, {@code lock_timeout},
	 * {@code lock-timeout}.
	 */
	private static String canonical(String name) {
		return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}

	private static void useDatabaseUrl(Map<Setting, Object> values, String text) {
		DatabaseUrl parsed;
		try {
			parsed = DatabaseUrl.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
		values.put(Setting.URL, parsed.jdbcUrl());
		if (parsed.user() != null) {
			values.putIfAbsent(Setting.USER, parsed.user());
		}
		if (parsed.password() != null) {
			values.putIfAbsent(Setting.PASSWORD, parsed.password());
		}
	}

	private static Object parse(Setting setting, String text, String source) {
		try {
			return setting.type().parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("invalid value for " + source + ": " + ex.getMessage());
		}
	}

	private static String nonEmpty(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

}
