package dev.migrate.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A sample project of src/it copied under target/it with its {@code @tokens@} replaced,
 * built by a real Maven process (the Maven running this build) whose local repository is
 * target/it-repo, where invoker:install put migrate-test and the other migrate artifacts.
 * (migrate-maven-plugin's sample builds work the same way.)
 */
final class SampleBuild {

	private final Path directory;

	private final Path settings;

	private SampleBuild(Path directory, Path settings) {
		this.directory = directory;
		this.settings = settings;
	}

	static SampleBuild copy(String sample) throws IOException {
		Path projects = Path.of(System.getProperty("it.projects"));
		Path work = Path.of(System.getProperty("it.work"));
		Path target = work.resolve(sample);
		deleteRecursively(target);
		Map<String, String> tokens = Map.of("project.version", System.getProperty("project.version"),
				"spring-boot.version", System.getProperty("spring-boot.version"), "localRepositoryUrl",
				Path.of(System.getProperty("it.local-repository")).toUri().toString());
		Path source = projects.resolve(sample);
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.writeString(copy, filter(Files.readString(file), tokens));
				}
			}
		}
		Path settings = work.resolve("settings.xml");
		Files.writeString(settings, filter(Files.readString(projects.resolve("settings.xml")), tokens));
		return new SampleBuild(target, settings);
	}

	private static String filter(String text, Map<String, String> tokens) {
		String result = text;
		for (Map.Entry<String, String> token : tokens.entrySet()) {
			result = result.replace("@" + token.getKey() + "@", token.getValue());
		}
		return result;
	}

	/** Runs {@code mvn ARGS} in the project; the output is also kept in build.log. */
	Result run(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString());
		command.addAll(List.of("-B", "-ntp", "-s", settings.toString(),
				"-Dmaven.repo.local=" + System.getProperty("it.repository")));
		command.addAll(List.of(arguments));
		Path log = directory.resolve("build.log");
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
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

	/** A file or directory of the project (which may not exist yet). */
	File file(String relativePath) {
		return directory.resolve(relativePath).toFile();
	}

	String read(String relativePath) throws IOException {
		return Files.readString(directory.resolve(relativePath));
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
