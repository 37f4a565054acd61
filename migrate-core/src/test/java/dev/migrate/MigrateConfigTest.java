package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrateConfigTest {

	@Test
	void defaultsAreThoseOfTheContract() {
		MigrateConfig config = MigrateConfig.builder().url("jdbc:postgresql://db/app").build();
		assertThat(config.locations()).containsExactly("classpath:db/revisions");
		assertThat(config.packages()).isEmpty();
		assertThat(config.schema()).isNull();
		assertThat(config.versionTable()).isEqualTo("migrate_version");
		assertThat(config.historyTable()).isEqualTo("migrate_history");
		assertThat(config.lockWaitTimeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(config.statementTimeout()).isEqualTo(Duration.ZERO);
		assertThat(config.transactionMode()).isEqualTo(TransactionMode.PER_REVISION);
		assertThat(config.connectRetries()).isEqualTo(10);
		assertThat(config.connectRetryInterval()).isEqualTo(Duration.ofSeconds(1));
		assertThat(config.validateChecksums()).isTrue();
		assertThat(config.appVersion()).isNull();
	}

	@Test
	void toBuilderCopiesEverySetting() {
		MigrateConfig config = MigrateConfig.builder()
			.url("jdbc:postgresql://db/app")
			.user("u")
			.password("p")
			.locations("filesystem:/x")
			.packages("com.example")
			.schema("s")
			.versionTable("v")
			.historyTable("h")
			.lockWaitTimeout(Duration.ofSeconds(1))
			.lockTimeout(Duration.ofSeconds(2))
			.statementTimeout(Duration.ofSeconds(3))
			.transactionMode(TransactionMode.ALL)
			.connectRetries(4)
			.connectRetryInterval(Duration.ofSeconds(5))
			.validateChecksums(false)
			.appVersion("9")
			.build();
		assertThat(config.toBuilder().build()).usingRecursiveComparison().isEqualTo(config);
	}

	@Test
	void passwordsNeverAppearInToString() {
		String text = MigrateConfig.builder()
			.url("jdbc:postgresql://db/app?user=a&password=hunter2")
			.password("s3cret")
			.build()
			.toString();
		assertThat(text).doesNotContain("hunter2", "s3cret").contains("password=***");
		assertThat(MigrateConfig.builder().url("jdbc:postgresql://app:topsecret@db/app").build().toString())
			.doesNotContain("topsecret");
	}

	@Test
	void invalidSettingsAreRejected() {
		assertThatThrownBy(() -> MigrateConfig.builder()
			.url("jdbc:postgresql://db/app")
			.lockTimeout(Duration.ofSeconds(-1))
			.build()).hasMessageContaining("lockTimeout");
		assertThatThrownBy(() -> MigrateConfig.builder().url("jdbc:postgresql://db/app").connectRetries(-1).build())
			.hasMessageContaining("connectRetries");
	}

	@Test
	void withoutADatabaseOnlyTheGraphCommandsWork() {
		MigrateConfig config = MigrateConfig.builder().url(" ").locations("classpath:db/realistic").build();
		assertThat(config.hasDatabase()).isFalse();
		assertThat(config.toString()).contains("no database");
		Migrate migrate = Migrate.create(config);
		assertThat(migrate.heads().heads()).isNotEmpty();
		assertThat(migrate.history().records()).isEmpty();
		assertThatThrownBy(migrate::current).isInstanceOf(MigrateException.class)
			.hasMessageContaining("no database is configured")
			.hasMessageContaining("--url");
	}

	@Test
	void transactionModeParsesPropertySpellings() {
		assertThat(List.of("per-revision", "PER_REVISION", " all ").stream().map(TransactionMode::parse))
			.containsExactly(TransactionMode.PER_REVISION, TransactionMode.PER_REVISION, TransactionMode.ALL);
		assertThatThrownBy(() -> TransactionMode.parse("some")).hasMessageContaining("'per-revision' or 'all'");
	}

}
