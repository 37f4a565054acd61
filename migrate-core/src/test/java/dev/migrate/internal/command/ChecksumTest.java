package dev.migrate.internal.command;

import dev.migrate.result.AppliedStep;
import dev.migrate.result.VerifyResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.ChecksumMismatchException;
import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An applied revision edited afterwards is reported and blocks upgrade unless validation
 * is off.
 */
@PostgresTest
class ChecksumTest {

	@Test
	void editedAppliedRevisionIsReportedAndBlocksUpgrade(TestDatabase db, @TempDir Path dir) throws Exception {
		Path users = dir.resolve("a0001_users.sql");
		Files.writeString(users, """
				-- revision: a0001
				-- message: create users

				-- migrate:upgrade
				CREATE TABLE users (id int PRIMARY KEY);

				-- migrate:downgrade
				DROP TABLE users;
				""");
		MigrateConfig config = Fixtures.config(db, "unused").locations("filesystem:" + dir).build();
		Migrate.create(config).upgrade();
		Files.writeString(dir.resolve("b0001_more.sql"), """
				-- revision: b0001
				-- revises: a0001

				-- migrate:upgrade
				CREATE TABLE more (id int);
				""");
		Files.writeString(users, Files.readString(users).replace("id int PRIMARY KEY", "id bigint PRIMARY KEY"));

		Migrate edited = Migrate.create(config);
		VerifyResult verify = edited.verify();
		assertThat(verify.upToDate()).isFalse();
		assertThat(verify.pending()).hasSize(1);
		assertThat(verify.mismatches()).singleElement().satisfies(mismatch -> {
			assertThat(mismatch.revision()).isEqualTo("a0001");
			assertThat(mismatch.stored()).isNotEqualTo(mismatch.current());
			assertThat(mismatch.location().file()).endsWith("a0001_users.sql");
		});
		assertThatThrownBy(edited::upgrade).isInstanceOfSatisfying(ChecksumMismatchException.class,
				ex -> assertThat(ex.getMessage()).contains("a0001", ex.mismatches().get(0).stored(),
						ex.mismatches().get(0).current(), "validate-checksums"));
		assertThat(Fixtures.versions(db)).containsExactly("a0001");

		Migrate accepting = Migrate.create(config.toBuilder().validateChecksums(false).build());
		assertThat(accepting.upgrade().applied()).extracting(AppliedStep::revision).containsExactly("b0001");
		assertThat(accepting.verify().upToDate()).isTrue();
	}

}
