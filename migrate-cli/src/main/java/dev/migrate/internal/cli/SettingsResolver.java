package dev.migrate.internal.cli;

import dev.migrate.cli.DatabaseUrl;

import java.util.EnumMap;
import java.util.Map;

/**
 * Decides each setting's value from the command line and the environment, in this order:
 * <ol>
 * <li>the option ({@code --user});</li>
 * <li>its {@code MIGRATE_*} variable ({@code MIGRATE_USER});</li>
 * <li>for url, user and password only, {@code DATABASE_URL}.</li>
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
		return new ResolvedSettings(values);
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
