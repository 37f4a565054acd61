package dev.migrate.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The revisions the reliability suite migrates: a chain {@code r01 -> r02 -> ... -> r60}.
 * Each revision creates its table {@code soak_NN} and writes one row into
 * {@code soak_effects}, the side effect the checks count (the table has no unique key, so
 * a revision whose statements ran twice leaves two rows). Every fifth revision runs
 * without a transaction (its INSERT commits on its own, before a sleep and a
 * {@code CREATE INDEX CONCURRENTLY}), every third one sleeps for
 * {@code soak_control.slow} seconds (the one numbered {@code long_at} for {@code long}
 * seconds), so kills and lock losses land inside revisions and between their statements.
 */
final class SoakRevisions {

	static final int COUNT = 60;

	/** The probe tables, created before the first run (they are not migrate's schema). */
	static final String PROBE_DDL = "CREATE TABLE soak_effects (revision text NOT NULL, at timestamptz NOT NULL "
			+ "DEFAULT clock_timestamp()); CREATE TABLE soak_control (slow double precision NOT NULL, "
			+ "long_at int NOT NULL, long double precision NOT NULL); INSERT INTO soak_control VALUES (0, 0, 0)";

	private SoakRevisions() {
	}

	static String id(int index) {
		return String.format("r%02d", index);
	}

	static int index(String id) {
		return Integer.parseInt(id.substring(1));
	}

	static boolean transactional(int index) {
		return index % 5 != 0;
	}

	static boolean slow(int index) {
		return index % 3 == 0 || !transactional(index);
	}

	/** Writes the 60 revision files into {@code directory}. */
	static void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		for (int i = 1; i <= COUNT; i++) {
			Files.writeString(directory.resolve(id(i) + "_step.sql"), source(i));
		}
	}

	private static String source(int i) {
		String table = String.format("soak_%02d", i);
		StringBuilder sql = new StringBuilder();
		sql.append("-- revision: ").append(id(i)).append('\n');
		if (i > 1) {
			sql.append("-- revises: ").append(id(i - 1)).append('\n');
		}
		sql.append("-- message: soak step ").append(i).append('\n');
		if (!transactional(i)) {
			sql.append("-- transactional: false\n");
		}
		sql.append("\n-- migrate:upgrade\n");
		sql.append("CREATE TABLE ").append(table).append(" (id int PRIMARY KEY);\n");
		sql.append("INSERT INTO soak_effects (revision) VALUES ('").append(id(i)).append("');\n");
		if (slow(i)) {
			sql.append("SELECT pg_sleep((SELECT CASE WHEN long_at = ")
				.append(i)
				.append(" THEN long ELSE slow END FROM soak_control));\n");
		}
		if (!transactional(i)) {
			sql.append("CREATE INDEX CONCURRENTLY ").append(table).append("_idx ON ").append(table).append(" (id);\n");
		}
		sql.append("\n-- migrate:downgrade\nDROP TABLE ").append(table).append(";\n");
		return sql.toString();
	}

}
