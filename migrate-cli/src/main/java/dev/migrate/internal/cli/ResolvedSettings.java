package dev.migrate.internal.cli;

import dev.migrate.SecretMasker;
import dev.migrate.MigrateConfig;
import dev.migrate.OnAhead;
import dev.migrate.TransactionMode;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The settings given on the command line or in the environment, parsed; settings not
 * given are absent, so the launcher's own configuration (core defaults, or the Spring
 * application's properties and DataSource) stays in force for them.
 */
public final class ResolvedSettings {

	private final Map<Setting, Object> values;

	ResolvedSettings(Map<Setting, Object> values) {
		this.values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
	}

	boolean has(Setting setting) {
		return values.containsKey(setting);
	}

	/**
	 * The parsed value (String, List, Duration, Integer, Boolean or TransactionMode), or
	 * null when not given.
	 */
	Object get(Setting setting) {
		return values.get(setting);
	}

	/**
	 * Overrides the builder's values with the given settings. A url replaces a DataSource
	 * the launcher configured: whoever types {@code --url} means that database.
	 */
	public MigrateConfig.Builder applyTo(MigrateConfig.Builder builder) {
		values.forEach((setting, value) -> apply(builder, setting, value));
		return builder;
	}

	private static void apply(MigrateConfig.Builder builder, Setting setting, Object value) {
		switch (setting) {
			case URL -> builder.dataSource(null).url((String) value);
			case USER -> builder.user((String) value);
			case PASSWORD -> builder.password((String) value);
			case LOCATIONS -> builder.locations(SettingType.asList(value));
			case PACKAGES -> builder.packages(SettingType.asList(value));
			case SCHEMA -> builder.schema((String) value);
			case VERSION_TABLE -> builder.versionTable((String) value);
			case HISTORY_TABLE -> builder.historyTable((String) value);
			case LOCK_WAIT_TIMEOUT -> builder.lockWaitTimeout((Duration) value);
			case LOCK_TIMEOUT -> builder.lockTimeout((Duration) value);
			case STATEMENT_TIMEOUT -> builder.statementTimeout((Duration) value);
			case TRANSACTION_MODE -> builder.transactionMode((TransactionMode) value);
			case CONNECT_RETRIES -> builder.connectRetries((Integer) value);
			case CONNECT_RETRY_INTERVAL -> builder.connectRetryInterval((Duration) value);
			case CONNECT_TIMEOUT -> builder.connectTimeout((Duration) value);
			case SOCKET_TIMEOUT -> builder.socketTimeout((Duration) value);
			case VALIDATE_CHECKSUMS -> builder.validateChecksums((Boolean) value);
			case NAMING_CONVENTION -> builder.namingConvention(SettingType.asMap(value));
			case ON_AHEAD -> builder.onAhead((OnAhead) value);
			case ALLOW_EMPTY -> builder.allowEmpty((Boolean) value);
			default -> throw new IllegalStateException("no mapping for " + setting);
		}
	}

	@Override
	public String toString() {
		Map<Setting, Object> shown = new EnumMap<>(Setting.class);
		shown.putAll(values);
		shown.computeIfPresent(Setting.PASSWORD, (key, value) -> SecretMasker.MASK);
		return "ResolvedSettings" + shown;
	}

}
