package dev.migrate.internal.source;

import dev.migrate.result.SourceLocation;
import dev.migrate.internal.source.RevisionLocationException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lists the files with a given suffix below a classpath directory, in every classpath
 * root that has it: directories ({@code file:} URLs) and jars (any URL whose connection
 * is a {@link JarURLConnection}, which includes Spring Boot's nested
 * {@code jar:nested:...!/} URLs in an executable jar).
 *
 * <p>
 * Roots come in class loader order, files within a root sorted by relative path. A jar is
 * only found when it contains an entry for the directory itself, as jars built by Maven,
 * Gradle and the Spring Boot plugin do; this is how {@link ClassLoader#getResources}
 * works.
 */
final class ClasspathScanner {

	private final ClassLoader classLoader;

	ClasspathScanner(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * @param directory resource path without leading or trailing {@code /}, e.g.
	 * {@code db/revisions}
	 * @param suffix the file name ending to keep
	 * @param description how the location appears in errors
	 * @return the files, empty when no root has the directory
	 */
	List<ScannedFile> scan(String directory, String suffix, String description) {
		List<ScannedFile> files = new ArrayList<>();
		for (URL root : roots(directory, description)) {
			if (root.getProtocol().equals("file")) {
				files.addAll(scanDirectory(root, suffix, description));
			}
			else {
				files.addAll(scanJar(root, suffix, description));
			}
		}
		return files;
	}

	/**
	 * The roots holding the directory, once each: some class loaders report a root twice.
	 */
	private List<URL> roots(String directory, String description) {
		Map<String, URL> roots = new LinkedHashMap<>();
		try {
			for (URL url : Collections.list(classLoader.getResources(directory))) {
				// Keyed by string: URL.equals may resolve host names.
				roots.putIfAbsent(url.toExternalForm(), url);
			}
		}
		catch (IOException e) {
			throw unreadable(description, "cannot list the classpath: " + e, e);
		}
		return List.copyOf(roots.values());
	}

	private List<ScannedFile> scanDirectory(URL root, String suffix, String description) {
		Path directory;
		try {
			directory = Path.of(root.toURI());
		}
		catch (URISyntaxException | IllegalArgumentException e) {
			throw unreadable(description, "cannot turn " + root + " into a file path: " + e, e);
		}
		if (!Files.isDirectory(directory)) {
			throw new RevisionLocationException(Problem.NOT_A_DIRECTORY, new SourceLocation(description, 0),
					root + " is a file, not a directory; point the location at the directory holding the revisions");
		}
		return DirectoryScanner.scan(directory, suffix, description);
	}

	private List<ScannedFile> scanJar(URL root, String suffix, String description) {
		try {
			URLConnection connection = root.openConnection();
			if (!(connection instanceof JarURLConnection jarConnection)) {
				throw new RevisionLocationException(Problem.UNSUPPORTED_URL, new SourceLocation(description, 0),
						"cannot list " + root + ": only directories and jar files can be scanned; use a"
								+ " filesystem: location instead");
			}
			// A private, uncached JarFile that can be closed without breaking the class
			// loader's own copy.
			jarConnection.setUseCaches(false);
			try (JarFile jar = jarConnection.getJarFile()) {
				JarEntry rootEntry = jarConnection.getJarEntry();
				if (rootEntry != null && !rootEntry.isDirectory()) {
					throw new RevisionLocationException(Problem.NOT_A_DIRECTORY, new SourceLocation(description, 0),
							root + " is a file, not a directory; point the location at the directory holding"
									+ " the revisions");
				}
				// Entry names as the connection's JarFile spells them: in a Spring Boot
				// jar that is the nested
				// BOOT-INF/classes/ jar, whose entries do not carry that prefix.
				String prefix = asDirectory(rootEntry != null ? rootEntry.getName() : jarConnection.getEntryName());
				return readEntries(jar, prefix, suffix, asDirectory(root.toExternalForm()));
			}
		}
		catch (IOException e) {
			throw unreadable(description, "cannot read " + root + ": " + e, e);
		}
	}

	private static List<ScannedFile> readEntries(JarFile jar, String prefix, String suffix, String base)
			throws IOException {
		List<ScannedFile> files = new ArrayList<>();
		for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
			JarEntry entry = entries.nextElement();
			String name = entry.getName();
			if (entry.isDirectory() || !name.startsWith(prefix) || !name.endsWith(suffix)) {
				continue;
			}
			String relative = name.substring(prefix.length());
			if (relative.startsWith(".") || relative.contains("/.")) {
				continue; // hidden, as in DirectoryScanner
			}
			try (InputStream in = jar.getInputStream(entry)) {
				String url = base + relative;
				byte[] content = in.readAllBytes();
				files.add(new ScannedFile(relative, () -> url, () -> content, null));
			}
		}
		files.sort(Comparator.comparing(ScannedFile::relativePath));
		return files;
	}

	/** The path with a trailing slash, or "" for the root. */
	private static String asDirectory(String path) {
		if (path == null || path.isEmpty()) {
			return "";
		}
		return path.endsWith("/") ? path : path + "/";
	}

	private static RevisionLocationException unreadable(String description, String message, Exception cause) {
		return new RevisionLocationException(Problem.UNREADABLE, new SourceLocation(description, 0), message, cause);
	}

}
