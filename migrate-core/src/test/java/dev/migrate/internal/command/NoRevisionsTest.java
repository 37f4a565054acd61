package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty or wrong location must not let {@code verify} pass in CI and {@code upgrade}
 * report success while nothing was ever applied.
 */
@PostgresTest
class NoRevisionsTest {

	@TempDir
	Path empty;

	@Test
	void upgradeVerifyAndPendingFailWhenNoRevisionIsFound() {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(config(db).build());
			for (Runnable command : new Runnable[] { migrate::upgrade, migrate::verify, migrate::pending }) {
				assertThatThrownBy(command::run).isInstanceOf(MigrateException.class)
					.hasMessageStartingWith("No revisions found in filesystem:" + this.empty + ".")
					.hasMessageContaining("migrate.allow-empty=true");
			}
		}
	}

	@Test
	void allowEmptySaysNoRevisionsIsIntended() {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(config(db).allowEmpty(true).build());
			assertThat(migrate.upgrade().applied()).isEmpty();
			assertThat(migrate.verify().upToDate()).isTrue();
			assertThat(migrate.pending().steps()).isEmpty();
		}
	}

	private MigrateConfig.Builder config(TestDatabase db) {
		return MigrateConfig.builder()
			.url(db.jdbcUrl())
			.user(db.user())
			.password(db.password())
			.locations("filesystem:" + this.empty);
	}

}
