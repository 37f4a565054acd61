package dev.migrate.internal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes SQL revision files into a directory for end-to-end CLI tests. */
final class RevisionFiles {

	private final Path directory;

	RevisionFiles(Path directory) {
		this.directory = directory;
	}

	/** The {@code --locations} value for the directory. */
	String location() {
		return "filesystem:" + directory;
	}

	RevisionFiles add(String id, String revises, String message, String upgrade, String downgrade) {
		return add(id, revises, "", message, upgrade, downgrade);
	}

	RevisionFiles add(String id, String revises, String extraHeaders, String message, String upgrade,
			String downgrade) {
		String text = "-- revision: " + id + "\n" + (revises.isEmpty() ? "" : "-- revises: " + revises + "\n")
				+ "-- message: " + message + "\n" + extraHeaders + "\n-- migrate:upgrade\n" + upgrade + "\n"
				+ "\n-- migrate:downgrade\n" + downgrade + "\n";
		try {
			Files.writeString(directory.resolve(id + "_" + message.replaceAll("\\W+", "_") + ".sql"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/**
	 * users, then phone and billing branches off it, merged: one head with a branch point
	 * and a merge point.
	 */
	static RevisionFiles branchy(Path directory) {
		return new RevisionFiles(directory)
			.add("base01", "", "create users", "CREATE TABLE users (id bigserial PRIMARY KEY, name text);",
					"DROP TABLE users;")
			.add("phone2", "base01", "add phone", "ALTER TABLE users ADD COLUMN phone varchar(20);",
					"ALTER TABLE users DROP COLUMN phone;")
			.add("bill03", "base01", "-- branch-labels: billing\n", "create invoices",
					"CREATE TABLE invoices (id bigserial PRIMARY KEY, user_id bigint REFERENCES users (id));",
					"DROP TABLE invoices;")
			.add("merge4", "phone2, bill03", "merge billing", "", "");
	}

}
