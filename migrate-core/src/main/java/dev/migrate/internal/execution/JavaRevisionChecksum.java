package dev.migrate.internal.execution;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.revision.Sha256;
import dev.migrate.internal.revision.UserClass;
import java.io.IOException;
import java.io.InputStream;

/**
 * The checksum of a Java revision.
 *
 * <p>
 * When the revision only uses operations, it is the SHA-256 of its rendering, laid out
 * like a SQL revision file so that editing either direction changes it:
 *
 * <pre>
 * -- migrate:upgrade
 * (upgrade script)
 * -- migrate:downgrade
 * (downgrade script, or "-- irreversible")
 * </pre>
 *
 * <p>
 * When either direction uses raw JDBC there is no rendering, and the checksum falls back
 * to the SHA-256 of the migration's class file. That detects edits too, but also changes
 * when the class is recompiled differently (another compiler version, debug information),
 * and it ignores helper classes the migration calls.
 */
public final class JavaRevisionChecksum {

	private JavaRevisionChecksum() {
	}

	public static String of(RevisionScript revision, Dialect dialect) {
		return of(revision, dialect, RecordedMigration.Recorder.FRESH);
	}

	/**
	 * Like {@link #of(RevisionScript, Dialect)}, with recordings from {@code recorder}.
	 */
	public static String of(RevisionScript revision, Dialect dialect, RecordedMigration.Recorder recorder) {
		Migration migration = revision.migration();
		RecordedMigration upgrade = recorder.record(revision, Direction.UPGRADE);
		if (upgrade.usesJdbc()) {
			return ofClass(migration.getClass());
		}
		RecordedMigration downgrade = revision.downgradable() ? recorder.record(revision, Direction.DOWNGRADE)
				: new RecordedMigration(java.util.List.of(), false, true);
		if (downgrade.usesJdbc()) {
			return ofClass(migration.getClass());
		}
		String text = "-- migrate:upgrade\n" + SqlScriptRenderer.render(upgrade.operations(), dialect).text()
				+ "-- migrate:downgrade\n" + (downgrade.irreversible() ? "-- irreversible\n"
						: SqlScriptRenderer.render(downgrade.operations(), dialect).text());
		return Sha256.hex(text);
	}

	/**
	 * SHA-256 of the class file of {@code type}, or of the class it was generated from
	 * when it is a runtime subclass (Spring's CGLIB proxies are named
	 * {@code Original$$SpringCGLIB$$0}).
	 */
	public static String ofClass(Class<?> type) {
		Class<?> source = UserClass.of(type);
		String resource = source.getName().replace('.', '/') + ".class";
		ClassLoader loader = source.getClassLoader() != null ? source.getClassLoader()
				: ClassLoader.getSystemClassLoader();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new MigrateException("Cannot read the class file " + resource + " of Java revision "
						+ source.getName() + " to compute its checksum; load revisions from class files or jars");
			}
			return Sha256.hex(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new MigrateException("Cannot read the class file " + resource + ": " + ex.getMessage(), ex);
		}
	}

}
