package dev.migrate.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code upgrade --sql} and {@code downgrade --sql} of a revision far larger than the
 * heap (issue 14: a 59 MB revision needed more than 200 MB): the file is streamed to the
 * output, so a 64 MB heap writes a complete script from a 64 MB file. Holding the file's
 * bytes alone would fill that heap.
 */
@EnabledIfSystemProperty(named = "migrate.jar", matches = ".+")
class LargeRevisionJarIT {

	private static final int INSERTS = 600_000;

	/**
	 * One DO block (a dollar-quoted body with semicolons inside) every this many rows.
	 */
	private static final int DO_EVERY = 1_000;

	@Test
	void aRevisionLargerThanTheHeapIsStreamedToTheScript(@TempDir Path dir) throws Exception {
		Path revisions = Files.createDirectory(dir.resolve("revisions"));
		Path revision = revisions.resolve("a1b2c3d4e5f6_bulk_load.sql");
		Path out = dir.resolve("out.sql");
		try {
			write(revision);
			assertThat(Files.size(revision)).isGreaterThan(60L << 20);
			String locations = "filesystem:" + revisions;

			MigrateJar.Result upgrade = MigrateJar.run(List.of("-Xmx64m"), out, Map.of(), "--locations", locations,
					"upgrade", "--sql", "base:heads");
			assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
			Script script = Script.read(out);
			assertThat(script.header).contains("\\set ON_ERROR_STOP on");
			assertThat(script.inserts).isEqualTo(INSERTS);
			assertThat(script.doBlocks).isEqualTo(INSERTS / DO_EVERY);
			assertThat(script.doBodies).isEqualTo(INSERTS / DO_EVERY);
			// The revision's last statement, then its version row, then the end.
			assertThat(script.tail).containsSubsequence("SELECT 'last row written';",
					"INSERT INTO \"migrate_version\" (revision) VALUES ('a1b2c3d4e5f6');", "COMMIT;");
			assertThat(script.drops).isZero();

			MigrateJar.Result downgrade = MigrateJar.run(List.of("-Xmx64m"), out, Map.of(), "--locations", locations,
					"downgrade", "--sql", "heads:base");
			assertThat(downgrade.exitCode()).as(downgrade.err()).isZero();
			Script back = Script.read(out);
			assertThat(back.inserts).isZero();
			assertThat(back.drops).isEqualTo(1);
		}
		finally {
			Files.deleteIfExists(revision);
			Files.deleteIfExists(out);
		}
	}

	private static void write(Path revision) throws IOException {
		try (BufferedWriter writer = Files.newBufferedWriter(revision, StandardCharsets.UTF_8)) {
			writer.write("-- revision: a1b2c3d4e5f6\n-- message: bulk load\n\n-- migrate:upgrade\n");
			writer.write("CREATE TABLE bulk (id bigint PRIMARY KEY, note text);\n");
			for (int i = 0; i < INSERTS; i++) {
				writer.write("INSERT INTO bulk (id, note) VALUES (" + i + ", 'row " + i
						+ "; a semicolon, a -- dash and some padding to make the row longer');\n");
				if (i % DO_EVERY == 0) {
					writer.write("DO $body$\nBEGIN\n    PERFORM 1; -- ; in a comment\n    RAISE NOTICE 'a;b $$';\n"
							+ "END\n$body$;\n");
				}
			}
			writer.write("SELECT 'last row written';\n\n-- migrate:downgrade\nDROP TABLE bulk;\n");
		}
	}

	/** What the test reads from a script, line by line (it is as large as the file). */
	private static final class Script {

		final List<String> header = new ArrayList<>();

		final List<String> tail = new ArrayList<>();

		int inserts;

		int doBlocks;

		int doBodies;

		int drops;

		static Script read(Path file) throws IOException {
			Script script = new Script();
			try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (script.header.size() < 10) {
						script.header.add(line);
					}
					script.tail.add(line);
					if (script.tail.size() > 10) {
						script.tail.remove(0);
					}
					script.inserts += line.startsWith("INSERT INTO bulk (id, note) VALUES (") ? 1 : 0;
					script.doBlocks += line.equals("DO $body$") ? 1 : 0;
					script.doBodies += line.equals("    RAISE NOTICE 'a;b $$';") ? 1 : 0;
					script.drops += line.equals("DROP TABLE bulk;") ? 1 : 0;
				}
			}
			return script;
		}

	}

}
