package dev.migrate.internal.source;

import dev.migrate.result.SourceLocation;
import dev.migrate.internal.source.RevisionLocationException.Problem;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place to look for SQL revision files: {@code classpath:db/revisions} or
 * {@code filesystem:/etc/app/revisions}. Without a prefix a location is on the classpath,
 * unless it is plainly a path on disk: absolute ({@code /etc/app/revisions}) or relative
 * with {@code ./} or {@code ../}. Nobody means a classpath resource by those, and reading
 * them as one found nothing, silently. (A Windows path such as {@code C:\revisions} is
 * refused with a suggestion, as its drive letter reads as a prefix.)
 *
 * @param kind where the path is resolved
 * @param path for the classpath a resource path without leading or trailing {@code /};
 * for the file system a path as configured (relative paths resolve against the working
 * directory)
 */
public record RevisionLocation(Kind kind, String path) {

	/** Where a location's path is resolved. */
	public enum Kind {

		CLASSPATH("classpath:"), FILESYSTEM("filesystem:");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

		public String prefix() {
			return prefix;
		}

	}

	private static final Pattern PREFIX = Pattern.compile("([A-Za-z][A-Za-z0-9+.*-]*):(.*)", Pattern.DOTALL);

	public RevisionLocation {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(path, "path");
	}

	// Written out rather than generated: a record's generated equals/hashCode is
	// bootstrapped through
	// invokedynamic on first use, which costs a fresh JVM (the CLI) several milliseconds,
	// and locations
	// are hashed at every start.
	@Override
	public boolean equals(Object other) {
		return other instanceof RevisionLocation location && kind == location.kind && path.equals(location.path);
	}

	@Override
	public int hashCode() {
		return 31 * kind.hashCode() + path.hashCode();
	}

	/**
	 * Parses a configured location.
	 * @throws RevisionLocationException with {@link Problem#INVALID_LOCATION} for an
	 * unknown prefix (such as Spring's {@code file:}) or an empty path
	 */
	public static RevisionLocation parse(String location) {
		Objects.requireNonNull(location, "location");
		String trimmed = location.strip();
		if (isFileSystemPath(trimmed)) {
			return new RevisionLocation(Kind.FILESYSTEM, trimmed);
		}
		Matcher prefixed = PREFIX.matcher(trimmed);
		if (!prefixed.matches()) {
			return classpath(trimmed, location);
		}
		String prefix = prefixed.group(1).toLowerCase(Locale.ROOT);
		String path = prefixed.group(2).strip();
		if (prefix.equals("classpath")) {
			return classpath(path, location);
		}
		if (prefix.equals("filesystem")) {
			if (path.isEmpty()) {
				throw invalid(location, "the path after 'filesystem:' is empty; name a directory");
			}
			return new RevisionLocation(Kind.FILESYSTEM, path);
		}
		throw invalid(location,
				"unknown location prefix '" + prefixed.group(1) + ":'; use 'classpath:' for"
						+ " revisions packaged with the application or 'filesystem:' for a directory on disk"
						+ " (for example filesystem:" + (prefix.length() == 1 ? trimmed : path) + ")");
	}

	private static boolean isFileSystemPath(String path) {
		return path.startsWith("/") || path.startsWith("./") || path.startsWith("../") || path.startsWith(".\\")
				|| path.startsWith("..\\");
	}

	private static RevisionLocation classpath(String path, String location) {
		String resource = path;
		while (resource.startsWith("/")) {
			resource = resource.substring(1);
		}
		while (resource.endsWith("/")) {
			resource = resource.substring(0, resource.length() - 1);
		}
		if (resource.isEmpty()) {
			throw invalid(location, "a classpath location needs a directory, such as classpath:db/revisions;"
					+ " the whole classpath is not scanned");
		}
		return new RevisionLocation(Kind.CLASSPATH, resource);
	}

	private static RevisionLocationException invalid(String location, String message) {
		return new RevisionLocationException(Problem.INVALID_LOCATION, new SourceLocation(location, 0), message);
	}

	@Override
	public String toString() {
		return kind.prefix() + path;
	}
}
