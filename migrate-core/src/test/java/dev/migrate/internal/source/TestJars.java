package dev.migrate.internal.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds jar files for scanning tests. */
final class TestJars {

	private TestJars() {
	}

	/**
	 * Writes a jar with the given entries (path to content) plus an entry for every
	 * parent directory, as Maven and Spring Boot jars have.
	 */
	static Path jar(Path target, Map<String, byte[]> files) throws IOException {
		TreeSet<String> directories = new TreeSet<>();
		for (String path : files.keySet()) {
			for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
				directories.add(path.substring(0, slash + 1));
			}
		}
		try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out)) {
			for (String directory : directories) {
				jar.putNextEntry(new JarEntry(directory));
				jar.closeEntry();
			}
			for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
				jar.putNextEntry(new JarEntry(file.getKey()));
				jar.write(file.getValue());
				jar.closeEntry();
			}
		}
		return target;
	}

	static Path jarOfDirectory(Path directory, Path target) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(directory)) {
			paths = walk.filter(Files::isRegularFile).toList();
		}
		for (Path path : paths) {
			files.put(directory.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
		}
		return jar(target, files);
	}

}
