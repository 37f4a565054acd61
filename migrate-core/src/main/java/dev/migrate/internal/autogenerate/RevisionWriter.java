package dev.migrate.internal.autogenerate;

import dev.migrate.MigrateException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes rendered revisions into a directory, never overwriting an existing file. */
public final class RevisionWriter {

	/**
	 * Writes {@code file} into {@code directory} (created if missing) and returns its
	 * path.
	 */
	public Path write(Path directory, RevisionFile file) {
		Path target = directory.resolve(file.fileName());
		try {
			Files.createDirectories(directory);
			Files.writeString(target, file.content(), StandardOpenOption.CREATE_NEW);
			return target;
		}
		catch (FileAlreadyExistsException ex) {
			throw new MigrateException(target + " already exists; choose another message or remove the file.", ex);
		}
		catch (IOException ex) {
			throw new MigrateException("Could not write " + target + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The Java package a directory stands for: the part after {@code src/main/java/} (or
	 * any {@code java/} folder), so {@code --java --dir src/main/java/com/acme/db} yields
	 * {@code com.acme.db}.
	 */
	public static String javaPackageOf(Path directory) {
		String path = directory.toAbsolutePath().normalize().toString().replace('\\', '/') + "/";
		int java = path.lastIndexOf("/java/");
		if (java < 0) {
			return "";
		}
		String rest = path.substring(java + "/java/".length());
		return rest.isEmpty() ? "" : rest.substring(0, rest.length() - 1).replace('/', '.');
	}

}
