package dev.migrate.internal.source;

import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import dev.migrate.internal.source.RevisionLocationException.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Finds and parses the SQL revision files ({@code *.sql}, recursively) of one
 * {@link RevisionLocation}.
 *
 * <ul>
 * <li>A {@code classpath:} location that no classpath root contains yields no revisions:
 * the default {@code classpath:db/revisions} is legitimately absent from applications
 * that only have Java revisions. Files are named {@code classpath:<path>}; when two
 * classpath roots (say, two jars) hold the same path, each is named by its full URL
 * instead, so duplicates can be told apart.</li>
 * <li>A {@code filesystem:} location must exist, since it was configured for this
 * deployment and a typo would otherwise silently skip every revision. Files are named
 * {@code filesystem:<location>/<relative path>}.</li>
 * </ul>
 * Files are read as UTF-8 (invalid UTF-8 is an error, not replaced silently) and returned
 * sorted by path; files and directories whose names start with a dot are skipped.
 */
public final class SqlRevisionScanner {

	private static final String SUFFIX = ".sql";

	/**
	 * Files on disk larger than this (8 MiB) are read line by line, and their statements
	 * from the file again when they are needed, instead of being held: a file held costs
	 * several times its size (bytes, text, section, statements), which for a bulk-data
	 * revision of tens of megabytes is more than a small heap has. A jar entry is read
	 * whole anyway.
	 */
	static final long STREAM_ABOVE_BYTES = 8L << 20;

	private final ClasspathScanner classpath;

	public SqlRevisionScanner(ClassLoader classLoader) {
		this.classpath = new ClasspathScanner(Objects.requireNonNull(classLoader, "classLoader"));
	}

	/** The revisions of {@code location}, in path order. */
	public List<RevisionScript> scan(RevisionLocation location) {
		return find(location).parse();
	}

	/**
	 * Lists the files of {@code location} without reading them (a jar's entries are read
	 * while the jar is open); {@link Found#parse()} reads and parses them.
	 */
	public Found find(RevisionLocation location) {
		return location.kind() == RevisionLocation.Kind.CLASSPATH ? findClasspath(location) : findFileSystem(location);
	}

	private Found findClasspath(RevisionLocation location) {
		List<ScannedFile> files = classpath.scan(location.path(), SUFFIX, location.toString());
		Map<String, Integer> rootsPerPath = new HashMap<>();
		for (ScannedFile file : files) {
			rootsPerPath.merge(file.relativePath(), 1, Integer::sum);
		}
		return new Found(files,
				file -> rootsPerPath.get(file.relativePath()) > 1 ? file.url() : location + "/" + file.relativePath());
	}

	private Found findFileSystem(RevisionLocation location) {
		Path directory = Path.of(location.path());
		SourceLocation where = new SourceLocation(location.toString(), 0);
		if (!Files.exists(directory)) {
			throw new RevisionLocationException(Problem.NOT_FOUND, where,
					"directory " + directory.toAbsolutePath()
							+ " does not exist; create it or correct the location (filesystem: locations must exist,"
							+ " unlike classpath: ones)");
		}
		if (!Files.isDirectory(directory)) {
			throw new RevisionLocationException(Problem.NOT_A_DIRECTORY, where, directory.toAbsolutePath()
					+ " is a file, not a directory; point the location at the directory holding the revisions");
		}
		String base = location.toString().replaceAll("[/\\\\]+$", "");
		return new Found(DirectoryScanner.scan(directory, SUFFIX, location.toString()),
				file -> base + "/" + file.relativePath());
	}

	/**
	 * The files of one location, listed and named, not yet read.
	 */
	public static final class Found {

		private final List<ScannedFile> files;

		private final Function<ScannedFile, String> nameOf;

		private Found(List<ScannedFile> files, Function<ScannedFile, String> nameOf) {
			this.files = files;
			this.nameOf = nameOf;
		}

		/** How many files were found. */
		public int size() {
			return this.files.size();
		}

		/** Reads, decodes and parses the files, in path order. */
		public List<RevisionScript> parse() {
			return parseAll(this.files, this.nameOf);
		}

	}

	/**
	 * Reads, decodes and parses the files in one parallel pass, in path order (see
	 * {@link ParallelMap}).
	 */
	private static List<RevisionScript> parseAll(List<ScannedFile> files, Function<ScannedFile, String> nameOf) {
		return ParallelMap.inOrder(files, file -> {
			String name = nameOf.apply(file);
			byte[] content = file.contentUnlessLarger(name, STREAM_ABOVE_BYTES);
			if (content == null) {
				return SqlRevisionParser.parse(name, file.path());
			}
			return SqlRevisionParser.parse(name, decode(name, content));
		});
	}

	private static String decode(String name, byte[] content) {
		// The JDK's own decoder replaces bad bytes with U+FFFD and is several times
		// faster than the
		// strict one below, which is needed only to report the first bad byte: a file
		// without U+FFFD
		// decoded cleanly. (For plain ASCII, the common case, the search returns at
		// once.)
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.indexOf('\uFFFD') < 0) {
			return text;
		}
		ByteBuffer bytes = ByteBuffer.wrap(content);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException e) {
			// The decoder stops at the first bad byte, so the lines before it are intact.
			int line = 1;
			for (int i = 0; i < bytes.position(); i++) {
				if (content[i] == '\n') {
					line++;
				}
			}
			throw new RevisionLocationException(Problem.NOT_UTF8, new SourceLocation(name, line),
					"the file is not valid UTF-8 (byte offset " + bytes.position() + "); save it as UTF-8", e);
		}
	}

}
