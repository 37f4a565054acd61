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
		// Unset: the server's statement_timeout (database or role setting) applies.
		assertThat(config.statementTimeout()).isNull();
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
			.allowEmpty(true)
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
		assertThat(MigrateConfig.builder().url("jdbc:postgresql://db/app?password=topsecret").build().toString())
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
	void serverTimeoutsBeyondWhatPostgresAcceptsAreRefusedBeforeConnecting() {
		MigrateConfig.Builder builder = MigrateConfig.builder().url("jdbc:postgresql://db/app");
		assertThat(builder.lockTimeout(Duration.ofMillis(Integer.MAX_VALUE)).build().lockTimeout().toMillis())
			.isEqualTo(Integer.MAX_VALUE);
		assertThatThrownBy(() -> builder.lockTimeout(Duration.ofDays(25)).build())
			.hasMessage("lockTimeout must be at most 2147483647 ms (24.8 days, PostgreSQL's limit), not PT600H; "
					+ "0 means no timeout");
		assertThatThrownBy(() -> builder.lockTimeout(Duration.ZERO).statementTimeout(Duration.ofDays(365)).build())
			.hasMessageContaining("statementTimeout must be at most 2147483647 ms");
		// The wait for the lock is measured by migrate itself: any length works.
		assertThat(
				builder.statementTimeout(Duration.ZERO).lockWaitTimeout(Duration.ofDays(365)).build().lockWaitTimeout())
			.isEqualTo(Duration.ofDays(365));
	}

	@Test
	void aJdbcUrlWithUserInfoIsRefusedBeforeTheDriverQuotesPiecesOfIt() {
		for (String url : List.of("jdbc:postgresql://app:Sx7/?Qz9@db:5432/app", "jdbc:postgresql://app:Sx7Qz9@db/app",
				"jdbc:postgresql://app:Sx7 Qz9@db/app")) {
			assertThatThrownBy(() -> MigrateConfig.builder().url(url).build()).as(url)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("cannot read user:password@ in a jdbc: url")
				.hasMessageNotContaining("Sx7")
				.hasMessageNotContaining("Qz9");
		}
		for (String url : List.of("jdbc:postgresql://db:5432,db2:5433/app?sslmode=require",
				"jdbc:postgresql://[::1]:5432/app", "jdbc:postgresql://db/app?application_name=a@b",
				"jdbc:postgresql:app")) {
			assertThat(MigrateConfig.builder().url(url).build().url()).isEqualTo(url);
		}
	}

	@Test
	void versionAndHistoryTableMustDiffer() {
		assertThatThrownBy(() -> MigrateConfig.builder()
			.url("jdbc:postgresql://db/app")
			.versionTable("migrations")
			.historyTable("Migrations")
			.build()).hasMessage("versionTable and historyTable are both 'migrations'; give them different names");
	}

	@Test
	void transactionModeParsesPropertySpellings() {
		assertThat(List.of("per-revision", "PER_REVISION", " all ").stream().map(TransactionMode::parse))
			.containsExactly(TransactionMode.PER_REVISION, TransactionMode.PER_REVISION, TransactionMode.ALL);
		assertThatThrownBy(() -> TransactionMode.parse("some")).hasMessageContaining("'per-revision' or 'all'");
	}

}
