package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migrate;
import dev.migrate.MigrationFailedException;
import dev.migrate.Resolution;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 11: a failed {@code CREATE INDEX CONCURRENTLY} leaves an INVALID index;
 * the failure and the rerun's "already exists" name it and the statement that drops it.
 */
class InvalidIndexTest {

	@Test
	void aFailedConcurrentIndexBuildAndItsRerunNameTheInvalidIndexAndHowToDropIt(@TempDir Path dir) throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			failedBuildAndRerun(db, dir);
		}
	}

	private static void failedBuildAndRerun(TestDatabase db, Path dir) throws Exception {
		Files.writeString(dir.resolve("v0001_codes.sql"), """
				-- revision: v0001

				-- migrate:upgrade
				CREATE SCHEMA shop;
				CREATE TABLE shop.codes (code text);
				INSERT INTO shop.codes VALUES ('a'), ('a');
				""");
		Files.writeString(dir.resolve("v0002_unique.sql"), """
				-- revision: v0002
				-- revises: v0001
				-- transactional: false

				-- migrate:upgrade
				CREATE UNIQUE INDEX CONCURRENTLY "Codes_Unique" ON shop.codes (code);
				""");
		Migrate migrate = Migrate.create(Fixtures.config(db, "unused").locations("filesystem:" + dir).build());
		String drop = "DROP INDEX CONCURRENTLY IF EXISTS shop.\"Codes_Unique\";";

		assertThatThrownBy(migrate::upgrade).isInstanceOf(MigrationFailedException.class)
			.hasMessageContaining("could not create unique index")
			.hasMessageContaining("The index shop.\"Codes_Unique\" is INVALID")
			.hasMessageContaining(drop);
		assertThat(Fixtures.query(db,
				"SELECT indisvalid FROM pg_index WHERE indexrelid = 'shop.\"Codes_Unique\"'::regclass"))
			.containsExactly("f");

		// The operator removes the duplicate and resolves, forgetting the index: the
		// rerun
		// fails on "already exists" and says which index and how to drop it.
		Fixtures.execute(db, "DELETE FROM shop.codes WHERE ctid = (SELECT max(ctid) FROM shop.codes)");
		migrate.resolve("v0002", Resolution.ROLLED_BACK);
		assertThatThrownBy(migrate::upgrade).isInstanceOf(MigrationFailedException.class)
			.hasMessageContaining("already exists")
			.hasMessageContaining("The index shop.\"Codes_Unique\" is INVALID")
			.hasMessageContaining(drop);
		Fixtures.execute(db, drop);
		migrate.resolve("v0002", Resolution.ROLLED_BACK);
		assertThat(migrate.upgrade().applied()).hasSize(1);
		assertThat(Fixtures.query(db,
				"SELECT indisvalid FROM pg_index WHERE indexrelid = 'shop.\"Codes_Unique\"'::regclass"))
			.containsExactly("t");
	}

	@Test
	void anIndexWithoutANameIsFoundThroughItsTable(@TempDir Path dir) throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			unnamedIndex(db, dir);
		}
	}

	private static void unnamedIndex(TestDatabase db, Path dir) throws Exception {
		Files.writeString(dir.resolve("w0001_tags.sql"), """
				-- revision: w0001

				-- migrate:upgrade
				CREATE TABLE tags (tag text);
				INSERT INTO tags VALUES ('x'), ('x');
				""");
		Files.writeString(dir.resolve("w0002_unique.sql"), """
				-- revision: w0002
				-- revises: w0001
				-- transactional: false

				-- migrate:upgrade
				CREATE UNIQUE INDEX CONCURRENTLY ON tags (tag);
				""");
		Migrate migrate = Migrate.create(Fixtures.config(db, "unused").locations("filesystem:" + dir).build());
		assertThatThrownBy(migrate::upgrade).hasMessageContaining("The index public.tags_tag_idx is INVALID")
			.hasMessageContaining("DROP INDEX CONCURRENTLY IF EXISTS public.tags_tag_idx;");
	}

}
