package dev.migrate.internal.cli;

import java.util.Locale;

/**
 * Every engine setting the command line accepts, each as an option
 * ({@code --lock-timeout 2s}) and an environment variable ({@code MIGRATE_LOCK_TIMEOUT}):
 * the connection, where revisions and state live, and the {@code migrate.*} settings of
 * docs/spring-boot.md that shape a run.
 *
 * <p>
 * Left out on purpose: {@code migrate.enabled}, {@code mode}, {@code on-pending} and
 * {@code target}. They decide what a Spring application does at startup; on the command
 * line the command itself says what to do ({@code upgrade TARGET}, {@code verify}).
 */
enum Setting {

	URL("JDBC", SettingType.TEXT, "JDBC url, e.g. jdbc:postgresql://localhost:5432/app"),
	USER("USER", SettingType.TEXT, "database user"),
	PASSWORD("PASSWORD", SettingType.TEXT, "database password (prefer MIGRATE_PASSWORD: arguments are visible in ps)"),
	LOCATIONS("L1,L2", SettingType.LIST, "SQL revision locations, classpath:dir or filesystem:dir"),
	PACKAGES("P1,P2", SettingType.LIST, "packages scanned for Java revisions"),
	SCHEMA("SCHEMA", SettingType.TEXT, "schema of the version and history tables"),
	VERSION_TABLE("TABLE", SettingType.TEXT, "version table name"),
	HISTORY_TABLE("TABLE", SettingType.TEXT, "history table name"),
	LOCK_WAIT_TIMEOUT("DURATION", SettingType.DURATION, "longest wait for the migration lock"),
	LOCK_TIMEOUT("DURATION", SettingType.DURATION, "PostgreSQL lock_timeout for revision statements, 0 = none"),
	STATEMENT_TIMEOUT("DURATION", SettingType.DURATION,
			"PostgreSQL statement_timeout for revision statements, 0 = none; unset leaves the server's"),
	TRANSACTION_MODE("MODE", SettingType.TRANSACTION_MODE, "per-revision, or all for one transaction for the run"),
	CONNECT_RETRIES("N", SettingType.COUNT, "retries while the database refuses connections"),
	CONNECT_RETRY_INTERVAL("DURATION", SettingType.DURATION, "pause between connection attempts"),
	CONNECT_TIMEOUT("DURATION", SettingType.DURATION, "longest TCP connect and login of one connection, 0 = none"),
	SOCKET_TIMEOUT("DURATION", SettingType.DURATION,
			"longest wait for an answer to migrate's own queries (not revision statements), 0 = none"),
	VALIDATE_CHECKSUMS("BOOL", SettingType.BOOLEAN, "whether edited applied revisions block upgrade"),
	NAMING_CONVENTION("KIND=TEMPLATE,...", SettingType.MAP,
			"names for unnamed constraints and indexes (ix, uq, fk, ck, pk), e.g. ix=ix_%(table_name)s_%(column_0_N_name)s"),
	ON_AHEAD("POLICY", SettingType.ON_AHEAD,
			"ignore, warn or fail when the database has revisions this release does not know"),
	ALLOW_EMPTY("BOOL", SettingType.BOOLEAN,
			"whether finding no revisions at all is fine (else upgrade, verify, " + "pending fail)");

	private final String argument;

	private final SettingType type;

	private final String description;

	Setting(String argument, SettingType type, String description) {
		this.argument = argument;
		this.type = type;
		this.description = description;
	}

	/** The option without dashes, as in the property name: {@code lock-timeout}. */
	String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** {@code --lock-timeout}. */
	String option() {
		return "--" + key();
	}

	/** {@code MIGRATE_LOCK_TIMEOUT}. */
	String environmentVariable() {
		return "MIGRATE_" + name();
	}

	/** The value's name in usage text. */
	String argument() {
		return argument;
	}

	SettingType type() {
		return type;
	}

	String description() {
		return description;
	}

	/** The setting whose option is {@code --key}, or null. */
	static Setting forOption(String option) {
		for (Setting setting : values()) {
			if (setting.option().equals(option)) {
				return setting;
			}
		}
		return null;
	}

}
