package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateConfig;
import dev.migrate.TransactionMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsResolverTest {

	@Test
	void optionBeatsVariableBeatsDatabaseUrl() {
		Map<String, String> env = Map.of("MIGRATE_USER", "env-user", "MIGRATE_PASSWORD", "env-pass", "DATABASE_URL",
				"postgresql://db-user:db-pass@dbhost/db");
		ResolvedSettings fromUrlOnly = SettingsResolver.resolve(Map.of(), env);
		assertThat(fromUrlOnly.get(Setting.URL)).isEqualTo("jdbc:postgresql://dbhost/db");
		assertThat(fromUrlOnly.get(Setting.USER)).isEqualTo("env-user");
		assertThat(fromUrlOnly.get(Setting.PASSWORD)).isEqualTo("env-pass");

		ResolvedSettings withOption = SettingsResolver.resolve(Map.of(Setting.USER, "opt-user"), env);
		assertThat(withOption.get(Setting.USER)).isEqualTo("opt-user");

		ResolvedSettings urlOnly = SettingsResolver.resolve(Map.of(),
				Map.of("DATABASE_URL", "postgresql://db-user:db-pass@dbhost/db"));
		assertThat(urlOnly.get(Setting.USER)).isEqualTo("db-user");
		assertThat(urlOnly.get(Setting.PASSWORD)).isEqualTo("db-pass");
	}

	@Test
	void databaseUrlCredentialsNeverGoToAnotherServer() {
		ResolvedSettings settings = SettingsResolver.resolve(Map.of(Setting.URL, "jdbc:postgresql://other/db"),
				Map.of("DATABASE_URL", "postgresql://db-user:db-pass@dbhost/db"));
		assertThat(settings.get(Setting.URL)).isEqualTo("jdbc:postgresql://other/db");
		assertThat(settings.has(Setting.USER)).isFalse();
		assertThat(settings.has(Setting.PASSWORD)).isFalse();

		ResolvedSettings migrateUrl = SettingsResolver.resolve(Map.of(),
				Map.of("MIGRATE_URL", "jdbc:postgresql://mine/db", "DATABASE_URL", "postgresql://u:p@theirs/db"));
		assertThat(migrateUrl.get(Setting.URL)).isEqualTo("jdbc:postgresql://mine/db");
		assertThat(migrateUrl.has(Setting.PASSWORD)).isFalse();
	}

	@Test
	void urlOptionAcceptsTheDatabaseUrlForm() {
		ResolvedSettings settings = SettingsResolver
			.resolve(Map.of(Setting.URL, "postgres://a:b@h:1/d", Setting.PASSWORD, "explicit"), Map.of());
		assertThat(settings.get(Setting.URL)).isEqualTo("jdbc:postgresql://h:1/d");
		assertThat(settings.get(Setting.USER)).isEqualTo("a");
		assertThat(settings.get(Setting.PASSWORD)).isEqualTo("explicit");
	}

	@Test
	void everySettingHasAVariableAndEmptyVariablesAreUnset() {
		Map<String, String> env = Map.ofEntries(Map.entry("MIGRATE_URL", "jdbc:postgresql://h/d"),
				Map.entry("MIGRATE_LOCATIONS", "filesystem:a, classpath:b"), Map.entry("MIGRATE_PACKAGES", "com.x"),
				Map.entry("MIGRATE_SCHEMA", "ops"), Map.entry("MIGRATE_VERSION_TABLE", "v"),
				Map.entry("MIGRATE_HISTORY_TABLE", "h"), Map.entry("MIGRATE_LOCK_WAIT_TIMEOUT", "2m"),
				Map.entry("MIGRATE_LOCK_TIMEOUT", "500ms"), Map.entry("MIGRATE_STATEMENT_TIMEOUT", "PT30S"),
				Map.entry("MIGRATE_TRANSACTION_MODE", "all"), Map.entry("MIGRATE_CONNECT_RETRIES", "0"),
				Map.entry("MIGRATE_CONNECT_RETRY_INTERVAL", "3"), Map.entry("MIGRATE_CONNECT_TIMEOUT", "4s"),
				Map.entry("MIGRATE_SOCKET_TIMEOUT", "0"), Map.entry("MIGRATE_VALIDATE_CHECKSUMS", "false"),
				Map.entry("MIGRATE_USER", ""));
		MigrateConfig config = SettingsResolver.resolve(Map.of(), env).applyTo(MigrateConfig.builder()).build();
		assertThat(config.url()).isEqualTo("jdbc:postgresql://h/d");
		assertThat(config.user()).isNull();
		assertThat(config.locations()).containsExactly("filesystem:a", "classpath:b");
		assertThat(config.packages()).containsExactly("com.x");
		assertThat(config.schema()).isEqualTo("ops");
		assertThat(config.versionTable()).isEqualTo("v");
		assertThat(config.historyTable()).isEqualTo("h");
		assertThat(config.lockWaitTimeout()).isEqualTo(Duration.ofMinutes(2));
		assertThat(config.lockTimeout()).isEqualTo(Duration.ofMillis(500));
		assertThat(config.statementTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(config.transactionMode()).isEqualTo(TransactionMode.ALL);
		assertThat(config.connectRetries()).isZero();
		assertThat(config.connectRetryInterval()).isEqualTo(Duration.ofSeconds(3));
		assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(4));
		assertThat(config.socketTimeout()).isZero();
		assertThat(config.validateChecksums()).isFalse();
	}

	@Test
	void settingsNotGivenLeaveTheBaseConfigurationAlone() {
		MigrateConfig base = MigrateConfig.builder()
			.url("jdbc:postgresql://base/db")
			.locations(List.of("classpath:x"))
			.lockTimeout(Duration.ofSeconds(3))
			.build();
		MigrateConfig config = SettingsResolver.resolve(Map.of(Setting.SCHEMA, "s"), Map.of())
			.applyTo(base.toBuilder())
			.build();
		assertThat(config.url()).isEqualTo("jdbc:postgresql://base/db");
		assertThat(config.locations()).containsExactly("classpath:x");
		assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(config.schema()).isEqualTo("s");
	}

	@Test
	void badValuesNameTheirSource() {
		assertThatThrownBy(() -> SettingsResolver.resolve(Map.of(Setting.LOCK_TIMEOUT, "soon"), Map.of()))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("invalid value for --lock-timeout: 'soon'");
		assertThatThrownBy(() -> SettingsResolver.resolve(Map.of(), Map.of("MIGRATE_CONNECT_RETRIES", "-1")))
			.hasMessageStartingWith("invalid value for MIGRATE_CONNECT_RETRIES: '-1'");
		assertThatThrownBy(() -> SettingsResolver.resolve(Map.of(Setting.TRANSACTION_MODE, "some"), Map.of()))
			.hasMessageContaining("per-revision");
		assertThatThrownBy(() -> SettingsResolver.resolve(Map.of(Setting.VALIDATE_CHECKSUMS, "maybe"), Map.of()))
			.hasMessageContaining("true or false");
		assertThatThrownBy(() -> SettingsResolver.resolve(Map.of(), Map.of("DATABASE_URL", "mysql://u:pw@h/d")))
			.isInstanceOf(UsageException.class)
			.hasMessageNotContaining("pw@");
	}

	@Test
	void toStringHidesThePassword() {
		assertThat(SettingsResolver.resolve(Map.of(Setting.PASSWORD, "hunter22"), Map.of()).toString())
			.doesNotContain("hunter22");
	}

	@Test
	void applicationSettingsComeLastAndKeepTheirCredentialsToTheirUrl() {
		Map<String, String> application = Map.of("spring.datasource.url", "jdbc:postgresql://app/db",
				"spring.datasource.username", "app-user", "spring.datasource.password", "app-pass",
				"migrate.lockTimeout", "3s", "migrate.transaction_mode", "all");
		ResolvedSettings fromFile = SettingsResolver.resolve(Map.of(), Map.of(), application, "application.yml");
		assertThat(fromFile.get(Setting.URL)).isEqualTo("jdbc:postgresql://app/db");
		assertThat(fromFile.get(Setting.USER)).isEqualTo("app-user");
		assertThat(fromFile.get(Setting.PASSWORD)).isEqualTo("app-pass");
		assertThat(fromFile.get(Setting.LOCK_TIMEOUT)).isEqualTo(Duration.ofSeconds(3));
		assertThat(fromFile.get(Setting.TRANSACTION_MODE)).isEqualTo(TransactionMode.ALL);

		ResolvedSettings overridden = SettingsResolver.resolve(Map.of(Setting.LOCK_TIMEOUT, "5s"),
				Map.of("MIGRATE_URL", "jdbc:postgresql://ci/db"), application, "application.yml");
		assertThat(overridden.get(Setting.LOCK_TIMEOUT)).isEqualTo(Duration.ofSeconds(5));
		assertThat(overridden.get(Setting.URL)).isEqualTo("jdbc:postgresql://ci/db");
		assertThat(overridden.has(Setting.USER)).isFalse();
		assertThat(overridden.has(Setting.PASSWORD)).isFalse();
		assertThat(overridden.get(Setting.TRANSACTION_MODE)).isEqualTo(TransactionMode.ALL);
	}

	@Test
	void migrateUrlBeatsTheApplicationDataSourceAndBadValuesNameTheFile() {
		ResolvedSettings settings = SettingsResolver.resolve(Map.of(), Map.of(),
				Map.of("spring.datasource.url", "jdbc:postgresql://app/db", "migrate.url", "jdbc:postgresql://mig/db"),
				"application.properties");
		assertThat(settings.get(Setting.URL)).isEqualTo("jdbc:postgresql://mig/db");
		assertThatThrownBy(() -> SettingsResolver.resolve(Map.of(), Map.of(), Map.of("migrate.lock-timeout", "soon"),
				"src/main/resources/application.yml"))
			.isInstanceOf(UsageException.class)
			.hasMessageContaining("migrate.lock-timeout in src/main/resources/application.yml");
	}

}
