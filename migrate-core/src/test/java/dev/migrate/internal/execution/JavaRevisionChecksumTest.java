package dev.migrate.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.Transactional;
import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.Operations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class JavaRevisionChecksumTest {

	private final PostgresDialect dialect = new PostgresDialect();

	static final class AddPhone implements Migration {

		private final int length;

		AddPhone(int length) {
			this.length = length;
		}

		@Override
		public void upgrade(Operations op) {
			op.addColumn("users", "phone", ColumnType.varchar(length));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropColumn("users", "phone");
		}

	}

	static final class UpgradeOnly implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("SELECT 1");
		}

	}

	static final class Backfill implements Migration {

		@Override
		public void upgrade(Operations op) throws Exception {
			op.addColumn("users", "x", ColumnType.INTEGER);
			op.connection().createStatement().execute("UPDATE users SET x = 1");
		}

	}

	static final class SwallowsJdbcError implements Migration {

		@Override
		public void upgrade(Operations op) {
			try {
				op.connection();
			}
			catch (MigrateException ignored) {
				// A revision that tries JDBC and carries on must still not be treated as
				// rendered.
			}
			op.execute("SELECT 1");
		}

	}

	@Test
	void renderableRevisionHashesItsUpgradeAndDowngradeRendering() {
		String expected = sha256("""
				-- migrate:upgrade
				ALTER TABLE users ADD COLUMN phone varchar(20);
				-- migrate:downgrade
				ALTER TABLE users DROP COLUMN phone;
				""");
		assertThat(JavaRevisionChecksum.of(Revisions.of("a1", Transactional.AUTO, new AddPhone(20)), dialect))
			.isEqualTo(expected);
	}

	@Test
	void changingWhatTheRevisionDoesChangesTheChecksum() {
		String twenty = JavaRevisionChecksum.of(Revisions.of("a1", Transactional.AUTO, new AddPhone(20)), dialect);
		String thirty = JavaRevisionChecksum.of(Revisions.of("a1", Transactional.AUTO, new AddPhone(30)), dialect);
		assertThat(twenty).isNotEqualTo(thirty);
	}

	@Test
	void irreversibleDowngradeIsPartOfTheRendering() {
		String expected = sha256("-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n-- irreversible\n");
		assertThat(JavaRevisionChecksum.of(Revisions.of("b2", Transactional.AUTO, new UpgradeOnly()), dialect))
			.isEqualTo(expected);
		assertThat(JavaRevisionChecksum.of(Revisions.withoutDowngrade("b2", new UpgradeOnly()), dialect))
			.isEqualTo(expected);
	}

	@Test
	void rawJdbcFallsBackToTheClassFileHash() throws Exception {
		byte[] classFile;
		try (var in = Backfill.class.getResourceAsStream("JavaRevisionChecksumTest$Backfill.class")) {
			classFile = in.readAllBytes();
		}
		assertThat(JavaRevisionChecksum.of(Revisions.of("c3", Transactional.AUTO, new Backfill()), dialect))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(classFile)));
	}

	@Test
	void jdbcUseIsDetectedEvenWhenTheRevisionSwallowsTheError() {
		assertThat(JavaRevisionChecksum.of(Revisions.of("d4", Transactional.AUTO, new SwallowsJdbcError()), dialect))
			.isEqualTo(JavaRevisionChecksum.ofClass(SwallowsJdbcError.class));
	}

	@Test
	void jdbcUseIsDetectedWhenTheRevisionWrapsTheError() {
		Migration wrapping = op -> {
			try {
				op.connection();
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("could not backfill", ex);
			}
		};
		RecordedMigration recorded = RecordedMigration.of(wrapping, dev.migrate.Direction.UPGRADE, "w1");
		assertThat(recorded.usesJdbc()).isTrue();
		assertThat(recorded.renderable()).isFalse();
	}

	@Test
	void irreversibleUpgradeIsAFailureNotAMark() {
		Migration broken = op -> op.run(dev.migrate.ops.ExecuteSql.of("SELECT 1").reverse());
		assertThatThrownBy(() -> RecordedMigration.of(broken, dev.migrate.Direction.UPGRADE, "u1"))
			.isInstanceOf(dev.migrate.IrreversibleMigrationException.class);
	}

	@Test
	void generatedSubclassesHashTheirOriginalClass() {
		Migration proxyLike = new AddPhone$$Proxy();
		assertThat(JavaRevisionChecksum.ofClass(proxyLike.getClass()))
			.isEqualTo(JavaRevisionChecksum.ofClass(ProxiedBase.class));
	}

	static class ProxiedBase implements Migration {

		@Override
		public void upgrade(Operations op) {
		}

	}

	/** Named like a CGLIB proxy. */
	static final class AddPhone$$Proxy extends ProxiedBase {

	}

	@Test
	void failuresWhileRecordingNameTheRevision() {
		Migration failing = op -> {
			throw new java.io.IOException("disk on fire");
		};
		assertThatThrownBy(() -> JavaRevisionChecksum.of(Revisions.of("e5", Transactional.AUTO, failing), dialect))
			.isInstanceOf(MigrateException.class)
			.hasMessageContaining("Revision e5 failed while its upgrade was recorded")
			.hasMessageContaining("disk on fire");
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new AssertionError(ex);
		}
	}

}
