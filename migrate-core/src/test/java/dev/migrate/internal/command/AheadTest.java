package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.DatabaseAheadException;
import dev.migrate.DivergedDatabaseException;
import dev.migrate.Migrate;
import dev.migrate.OnAhead;
import dev.migrate.result.AheadRevision;
import dev.migrate.result.CurrentResult;
import dev.migrate.result.MigrationStatus;
import dev.migrate.result.UpgradeResult;
import dev.migrate.result.VerifyResult;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The previous release against a database the next release already migrated (issue 15,
 * N-1): this release has {@code a0001 <- a0002}; the next one adds the expand revisions
 * {@code a0003 <- a0004}. Another line of the code built {@code x0001} on {@code a0001}.
 */
class AheadTest {

	private static final String BASE = "classpath:runtime-revisions/ahead-base";

	private static final String RELEASE = "classpath:runtime-revisions/ahead-release";

	private static final String NEXT = "classpath:runtime-revisions/ahead-next";

	private static final String OTHER = "classpath:runtime-revisions/ahead-other";

	@Test
	void aDatabaseOneExpandRevisionAheadIsUpToDateForThePreviousRelease() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate.create(Fixtures.config(db, "ahead-base").locations(BASE, RELEASE, NEXT).build()).upgrade("a0003");
			Migrate release = release(db, OnAhead.WARN);

			VerifyResult verify = release.verify();
			assertThat(verify.upToDate()).isTrue();
			assertThat(verify.pending()).isEmpty();
			assertThat(verify.current()).containsExactly("a0003");
			assertThat(verify.ahead()).extracting(AheadRevision::revision).containsExactly("a0003");
			assertThat(verify.ahead().get(0).appliedAt()).isNotNull();

			UpgradeResult upgrade = release.upgrade();
			assertThat(upgrade.applied()).isEmpty();
			assertThat(upgrade.headsAfter()).containsExactly("a0003");
			assertThat(release.pending().steps()).isEmpty();

			MigrationStatus status = release.status();
			assertThat(status.upToDate()).isTrue();
			assertThat(status.diverged()).isFalse();
			assertThat(status.ahead()).extracting(AheadRevision::revision).containsExactly("a0003");
			assertThat(status.applied()).extracting(row -> row.revision()).containsExactly("a0001", "a0002");

			CurrentResult current = release.current();
			assertThat(current.unknown()).containsExactly("a0003");
			assertThat(current.ahead()).extracting(AheadRevision::revision).containsExactly("a0003");
			assertThat(current.missing()).isEmpty();
			assertThat(current.diverged()).isFalse();

			// The schema is the next release's; the previous release changed nothing.
			assertThat(Fixtures.query(db, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'people'"
					+ " AND column_name = 'nickname'"))
				.containsExactly("1");
			assertThat(Fixtures.query(db, "SELECT count(*) FROM migrate_history")).containsExactly("3");
		}
	}

	@Test
	void revisionsBelowTheUnknownHeadAreTracedThroughTheHistoryInApplyOrder() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate.create(Fixtures.config(db, "ahead-base").locations(BASE, RELEASE).build()).upgrade();
			Migrate next = Migrate.create(Fixtures.config(db, "ahead-base").locations(BASE, RELEASE, NEXT).build());
			next.upgrade("a0003");
			next.upgrade("a0004");
			Migrate release = release(db, OnAhead.IGNORE);

			assertThat(release.verify().ahead()).extracting(AheadRevision::revision).containsExactly("a0003", "a0004");
			assertThat(release.status().ahead()).extracting(AheadRevision::revision).containsExactly("a0003", "a0004");
			assertThat(release.upgrade().applied()).isEmpty();
			// History marks still come from the revisions this release knows.
			assertThat(release.history(null).entries()).allMatch(entry -> entry.applied());
		}
	}

	@Test
	void onAheadFailRefusesUpgradeAndVerifyButStatusStillReports() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate.create(Fixtures.config(db, "ahead-base").locations(BASE, RELEASE, NEXT).build()).upgrade("a0003");
			Migrate release = release(db, OnAhead.FAIL);

			assertThatThrownBy(release::upgrade)
				.isInstanceOfSatisfying(DatabaseAheadException.class,
						ex -> assertThat(ex.revisions()).containsExactly("a0003"))
				.hasMessageContaining("ahead of this release by 1 revision: a0003")
				.hasMessageContaining("migrate.on-ahead=fail");
			assertThatThrownBy(release::verify).isInstanceOf(DatabaseAheadException.class);
			MigrationStatus status = release.status();
			assertThat(status.ahead()).extracting(AheadRevision::revision).containsExactly("a0003");
			assertThat(status.upToDate()).isTrue();
		}
	}

	@Test
	void downgradeFromARevisionThisReleaseDoesNotKnowIsRefused() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate.create(Fixtures.config(db, "ahead-base").locations(BASE, RELEASE, NEXT).build()).upgrade("a0003");
			Migrate release = release(db, OnAhead.WARN);

			assertThatThrownBy(() -> release.downgrade("-1")).isInstanceOf(DatabaseAheadException.class)
				.hasMessageContaining("Cannot downgrade to '-1'")
				.hasMessageContaining("a0003")
				.hasMessageContaining("no downgrade for those revisions")
				.hasMessageContaining("`migrate downgrade a0002`");
			assertThat(Fixtures.versions(db)).containsExactly("a0003");
			assertThat(Fixtures.query(db, "SELECT count(*) FROM migrate_history")).containsExactly("3");
		}
	}

	@Test
	void unknownRevisionsWhileOwnOnesAreMissingIsDivergenceAndAlwaysFails() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate.create(Fixtures.config(db, "ahead-base").locations(BASE, OTHER).build()).upgrade();
			// Even with on-ahead=ignore.
			Migrate release = release(db, OnAhead.IGNORE);

			assertThatThrownBy(release::upgrade).isInstanceOfSatisfying(DivergedDatabaseException.class, ex -> {
				assertThat(ex.unknown()).containsExactly("x0001");
				assertThat(ex.missing()).containsExactly("a0002");
			})
				.hasMessageContaining("diverged")
				.hasMessageContaining("x0001, which this release does not know")
				.hasMessageContaining("this release's revision a0002 is not applied");
			assertThat(Fixtures.query(db, "SELECT to_regclass('notes') IS NULL")).containsExactly("t");
			assertThatThrownBy(release::verify).isInstanceOf(DivergedDatabaseException.class);

			MigrationStatus status = release.status();
			assertThat(status.diverged()).isTrue();
			assertThat(status.pending()).extracting(revision -> revision.id()).containsExactly("a0002");
			assertThat(status.ahead()).extracting(AheadRevision::revision).containsExactly("x0001");
			CurrentResult current = release.current();
			assertThat(current.diverged()).isTrue();
			assertThat(current.missing()).containsExactly("a0002");
		}
	}

	@Test
	void anUnknownRevisionWithoutHistoryIsAheadOnlyWhenTheOwnRevisionsAreRecorded() throws Exception {
		try (TestDatabase db = TestDatabase.create()) {
			Migrate release = release(db, OnAhead.WARN);
			release.upgrade();
			// Another tool or a hand-written stamp added a head the history knows nothing
			// of.
			Fixtures.query(db, "INSERT INTO migrate_version VALUES ('z0001') RETURNING revision");
			assertThat(release.verify().ahead()).containsExactly(new AheadRevision("z0001", null));
			assertThat(release.upgrade().applied()).isEmpty();

			// The only recorded head is unknown and untraced: nothing says a0001 and
			// a0002
			// are applied.
			Fixtures.query(db, "DELETE FROM migrate_version WHERE revision = 'a0002' RETURNING revision");
			assertThatThrownBy(release::verify)
				.isInstanceOfSatisfying(DivergedDatabaseException.class,
						ex -> assertThat(ex.missing()).containsExactly("a0001", "a0002"))
				.hasMessageContaining("no upgrade row for z0001");
		}
	}

	private static Migrate release(TestDatabase db, OnAhead onAhead) {
		return Migrate.create(Fixtures.config(db, "ahead-base").locations(BASE, RELEASE).onAhead(onAhead).build());
	}

}
