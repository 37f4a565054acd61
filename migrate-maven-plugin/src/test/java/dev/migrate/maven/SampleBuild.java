package dev.migrate.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A sample project of src/it copied under target/it with its {@code @tokens@} replaced,
 * built by a real Maven process (the Maven running this build) whose local repository is
 * target/it-repo, where invoker:install put this plugin.
 */
final class SampleBuild {

	private final Path directory;

	private final Path repository;

	private final Path settings;

	private int runs;

	private SampleBuild(Path directory, Path repository, Path settings) {
		this.directory = directory;
		this.repository = repository;
		this.settings = settings;
	}

	static SampleBuild copy(String sample, String copyName, Map<String, String> tokens) throws IOException {
		Path projects = Path.of(System.getProperty("it.projects"));
		Path work = Path.of(System.getProperty("it.work"));
		Path repository = Path.of(System.getProperty("it.repository"));
		Path target = work.resolve(copyName);
		deleteRecursively(target);
		Map<String, String> all = new HashMap<>(tokens);
		all.put("project.version", System.getProperty("project.version"));
		all.put("spring-boot.version", System.getProperty("spring-boot.version"));
		all.put("localRepositoryUrl", Path.of(System.getProperty("it.local-repository")).toUri().toString());
		Path source = projects.resolve(sample);
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.writeString(copy, filter(Files.readString(file), all));
				}
			}
		}
		Path settings = work.resolve("settings.xml");
		Files.writeString(settings, filter(Files.readString(projects.resolve("settings.xml")), all));
		return new SampleBuild(target, repository, settings);
	}

	private static String filter(String text, Map<String, String> tokens) {
		String result = text;
		for (Map.Entry<String, String> token : tokens.entrySet()) {
			result = result.replace("@" + token.getKey() + "@", token.getValue());
		}
		return result;
	}

	Path directory() {
		return directory;
	}

	/** Runs {@code mvn ARGS} in the project; the output is also kept in build-N.log. */
	Result run(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString());
		command.addAll(List.of("-B", "-ntp", "-s", settings.toString(), "-Dmaven.repo.local=" + repository));
		command.addAll(List.of(arguments));
		Path log = directory.resolve("build-" + (++runs) + ".log");
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("mvn " + String.join(" ", arguments) + " did not finish; see " + log);
			}
			return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	void write(String relativePath, String text) throws IOException {
		Path file = directory.resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	String read(String relativePath) throws IOException {
		return Files.readString(directory.resolve(relativePath));
	}

	List<Path> files(String relativeDirectory) throws IOException {
		try (Stream<Path> files = Files.list(directory.resolve(relativeDirectory))) {
			return files.sorted().toList();
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** Exit code and output of one build. */
	record Result(int exitCode, String output) {

		boolean succeeded() {
			return exitCode == 0;
		}

	}

}
