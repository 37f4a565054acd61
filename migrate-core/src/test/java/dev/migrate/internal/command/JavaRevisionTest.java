package dev.migrate.internal.command;

import dev.migrate.result.AppliedStep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.NonTransactionalRevisionException;
import dev.migrate.Revision;
import dev.migrate.TransactionMode;
import dev.migrate.ops.Operations;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.io.StringWriter;
import java.sql.PreparedStatement;
import dev.migrate.Transactional;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Java revisions: AUTO transactionality decided from the operations (an index built
 * concurrently runs in autocommit), checksums from the rendering or the class file,
 * offline rendering.
 */
@PostgresTest
class JavaRevisionTest {

	@Revision(id = "j0001", message = "tags table")
	public static final class CreateTags implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("CREATE TABLE tags (id int PRIMARY KEY, name text NOT NULL)");
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("DROP TABLE tags");
		}

	}

	@Revision(id = "j0002", revises = "j0001", message = "index tag names concurrently")
	public static final class IndexTagNames implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createIndex("tags_name", "tags", index -> index.columns("name").concurrently());
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("DROP INDEX tags_name");
		}

	}

	@Revision(id = "j0003", revises = "j0002", message = "seed tags through JDBC")
	public static final class SeedTags implements Migration {

		@Override
		public void upgrade(Operations op) throws Exception {
			try (PreparedStatement insert = op.connection().prepareStatement("INSERT INTO tags VALUES (?, ?)")) {
				insert.setInt(1, 1);
				insert.setString(2, "first");
				insert.execute();
			}
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("DELETE FROM tags");
		}

	}

	@Revision(id = "t0001", message = "notes table")
	public static final class CreateNotes implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)");
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("DROP TABLE notes");
		}

	}

	@Revision(id = "t0002", revises = "t0001", message = "index note bodies concurrently, declared transactional",
			transactional = Transactional.TRUE)
	public static final class IndexNotesInATransaction implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createIndex("notes_body", "notes", index -> index.columns("body").concurrently());
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("DROP INDEX notes_body");
		}

	}

	@Test
	void aTransactionalRevisionWithAConcurrentIndexIsRefusedBeforeAnythingRuns(TestDatabase db) throws Exception {
		Migrate migrate = Migrate.create(Fixtures.config(db, "none")
			.locations(List.of())
			.versionTable("refused_version")
			.historyTable("refused_history")
			.migrations(List.of(new CreateNotes(), new IndexNotesInATransaction()))
			.build());
		assertThatThrownBy(migrate::upgrade).isInstanceOf(MigrateException.class)
			.hasMessageContaining("Revision t0002 is declared transactional = TRUE")
			.hasMessageContaining("CREATE INDEX CONCURRENTLY");
		// t0001 comes first in the plan and did not run either.
		assertThat(Fixtures.query(db, "SELECT to_regclass('notes') IS NULL")).containsExactly("t");
		assertThat(migrate.current().atBase()).isTrue();
	}

	private static MigrateConfig.Builder config(TestDatabase db) {
		return Fixtures.config(db, "none")
			.locations(List.of())
			.migrations(List.of(new CreateTags(), new IndexTagNames(), new SeedTags()));
	}

	@Test
	void javaRevisionsRunWithDecidedTransactionalityAndStableChecksums(TestDatabase db) throws Exception {
		Migrate migrate = Migrate.create(config(db).build());
		assertThat(migrate.upgrade().applied()).extracting(AppliedStep::revision)
			.containsExactly("j0001", "j0002", "j0003");
		assertThat(Fixtures.query(db, "SELECT indexname FROM pg_indexes WHERE tablename = 'tags' ORDER BY 1"))
			.containsExactly("tags_name", "tags_pkey");
		assertThat(Fixtures.query(db, "SELECT name FROM tags")).containsExactly("first");
		assertThat(Fixtures.query(db, "SELECT count(*) FROM migrate_history WHERE checksum ~ '^[0-9a-f]{64}$'"))
			.containsExactly("3");

		Migrate restarted = Migrate.create(config(db).build());
		assertThat(restarted.verify().upToDate()).isTrue();
		assertThat(restarted.upgrade().upToDate()).isTrue();

		StringWriter script = new StringWriter();
		restarted.upgradeSql("j0002", script);
		String text = script.toString();
		assertThat(text).contains("CREATE TABLE tags", "CREATE INDEX CONCURRENTLY");
		String indexStep = text.substring(text.indexOf("j0002 (index tag names concurrently)"));
		assertThat(indexStep.indexOf("CREATE INDEX CONCURRENTLY")).isLessThan(indexStep.indexOf("BEGIN;"));
		assertThatThrownBy(() -> restarted.upgradeSql("heads", new StringWriter())).isInstanceOf(MigrateException.class)
			.hasMessageContaining("j0003");
	}

	@Test
	void transactionModeAllRefusesARevisionThatAutoDecidedIsNonTransactional() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate migrate = Migrate.create(config(db).transactionMode(TransactionMode.ALL).build());
			assertThatThrownBy(migrate::upgrade).isInstanceOfSatisfying(NonTransactionalRevisionException.class,
					ex -> assertThat(ex.revisions()).containsExactly("j0002"));
			assertThat(Fixtures.query(db, "SELECT to_regclass('tags') IS NULL")).containsExactly("t");
		}
	}

}
