package dev.migrate.test;

import dev.migrate.Migrate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Data fixtures per revision (pytest-alembic's {@code at_revision_data}): the SQL file
 * {@code <location>/<revision id>.sql}, run right after that revision is upgraded. A
 * location is {@code classpath:path} or {@code filesystem:path}.
 */
final class RevisionData {

	private final String location;

	private final ClassLoader classLoader;

	RevisionData(String location, ClassLoader classLoader) {
		this.location = location;
		this.classLoader = classLoader;
	}

	/** The fixture of {@code revision}, or null when it has none. */
	String script(String revision) {
		String file = revision + ".sql";
		if (location.startsWith("filesystem:")) {
			Path path = Path.of(location.substring("filesystem:".length()), file);
			try {
				return Files.isRegularFile(path) ? Files.readString(path) : null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read data fixture " + path, ex);
			}
		}
		String folder = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
		String resource = (folder.endsWith("/") ? folder : folder + "/") + file;
		resource = resource.startsWith("/") ? resource.substring(1) : resource;
		try (InputStream in = classLoader.getResourceAsStream(resource)) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read data fixture " + resource, ex);
		}
	}

	/** Runs the fixture of {@code revision}, if it has one; true when it had one. */
	boolean insert(String revision, Connection connection) {
		String script = script(revision);
		if (script == null) {
			return false;
		}
		String name = location + "/" + revision + ".sql";
		try (Statement statement = connection.createStatement()) {
			for (String sql : Migrate.splitScript(script, name)) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new AssertionError("Data fixture " + name + " failed at revision " + revision + ": " + ex.getMessage()
					+ ". Its rows must fit the schema as that revision leaves it.", ex);
		}
		return true;
	}

}
