package dev.migrate.benchmarks.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The same schema history written for every tool: N revisions, each creating a table with
 * an index, and every 5th also altering the previous table. One directory per tool under
 * {@link #root()}.
 */
public final class Workload {

	private final int size;

	private final Path root;

	private Workload(int size, Path root) {
		this.size = size;
		this.root = root;
	}

	public static Workload generate(int size, Path root) {
		Workload workload = new Workload(size, root);
		try {
			workload.writeMigrate();
			workload.writeFlyway();
			workload.writeLiquibase();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return workload;
	}

	/** A workload already generated under {@code root} (used by child processes). */
	public static Workload existing(int size, Path root) {
		return new Workload(size, root);
	}

	public int size() {
		return size;
	}

	public Path root() {
		return root;
	}

	public Path migrateDir() {
		return root.resolve("migrate");
	}

	public Path flywayDir() {
		return root.resolve("flyway");
	}

	public Path liquibaseDir() {
		return root.resolve("liquibase");
	}

	/** The statements of revision {@code i} (1-based), as every tool runs them. */
	public List<String> statements(int i) {
		List<String> statements = new ArrayList<>();
		statements.add("CREATE TABLE t_" + i + " (id bigint PRIMARY KEY, name varchar(100) NOT NULL, "
				+ "created_at timestamptz NOT NULL DEFAULT now())");
		statements.add("CREATE INDEX ix_t_" + i + "_name ON t_" + i + " (name)");
		if (i % 5 == 0) {
			statements.add("ALTER TABLE t_" + (i - 1) + " ADD COLUMN extra_" + i + " integer");
		}
		return statements;
	}

	static String revisionId(int i) {
		return String.format(Locale.ROOT, "r%011d", i);
	}

	private void writeMigrate() throws IOException {
		Path dir = Files.createDirectories(migrateDir());
		for (int i = 1; i <= size; i++) {
			StringBuilder text = new StringBuilder();
			text.append("-- revision: ").append(revisionId(i)).append('\n');
			if (i > 1) {
				text.append("-- revises: ").append(revisionId(i - 1)).append('\n');
			}
			text.append("-- message: table ").append(i).append("\n\n-- migrate:upgrade\n");
			statements(i).forEach(s -> text.append(s).append(";\n"));
			text.append("\n-- migrate:downgrade\nDROP TABLE t_").append(i).append(";\n");
			Files.writeString(dir.resolve(revisionId(i) + "_table_" + i + ".sql"), text);
		}
	}

	private void writeFlyway() throws IOException {
		Path dir = Files.createDirectories(flywayDir());
		for (int i = 1; i <= size; i++) {
			StringBuilder text = new StringBuilder();
			statements(i).forEach(s -> text.append(s).append(";\n"));
			Files.writeString(dir.resolve("V" + i + "__table_" + i + ".sql"), text);
		}
	}

	private void writeLiquibase() throws IOException {
		Path dir = Files.createDirectories(liquibaseDir());
		StringBuilder text = new StringBuilder("--liquibase formatted sql\n\n");
		for (int i = 1; i <= size; i++) {
			text.append("--changeset bench:").append(i).append('\n');
			statements(i).forEach(s -> text.append(s).append(";\n"));
			text.append('\n');
		}
		Files.writeString(dir.resolve("changelog.sql"), text);
	}

}
