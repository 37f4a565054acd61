package dev.migrate.maven.internal;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The application's own settings, read from {@code application.properties} and
 * {@code application.yml} (or {@code .yaml}) in the project's resource directories the
 * way Spring Boot reads them, without starting the application: profile-specific files
 * ({@code application-PROFILE.*}) and profile documents
 * ({@code spring.config.activate.on-profile}) over the plain ones, {@code .properties}
 * over {@code .yml} in the same place, later profiles over earlier ones, and
 * {@code ${NAME:default}} placeholders resolved from the settings and the environment.
 * Only {@code migrate.*}, {@code spring.datasource.*} and {@code spring.jpa.*} are kept.
 *
 * <p>
 * Not read: {@code spring.config.import}, {@code config/} directories and settings
 * outside the project (the environment covers those: {@code MIGRATE_URL}, ...).
 */
public final class ApplicationSettings {

	static final String DEFAULT_LOCATION = "classpath:db/revisions";

	private static final String ON_PROFILE = "spring.config.activate.on-profile";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

	private static final List<String> KEPT = List.of("migrate.", "spring.datasource.", "spring.jpa.");

	private final Map<String, String> values;

	private final String origin;

	private ApplicationSettings(Map<String, String> values, String origin) {
		this.values = values;
		this.origin = origin;
	}

	/** No files read; the default revision location only. */
	public static ApplicationSettings none(List<File> resourceDirectories) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("migrate.locations", projectLocations(List.of(DEFAULT_LOCATION), resourceDirectories));
		return new ApplicationSettings(values, "");
	}

	/**
	 * Reads the settings files.
	 * @param profiles the profiles to read, or empty for the files'
	 * {@code spring.profiles.active}
	 * @throws MojoExecutionException when a file cannot be read or parsed; the message
	 * names it
	 */
	public static ApplicationSettings read(File basedir, List<File> resourceDirectories, List<String> profiles,
			Map<String, String> environment) throws MojoExecutionException {
		List<String> read = new ArrayList<>();
		Map<String, String> merged = new LinkedHashMap<>();
		List<List<Map<String, String>>> plain = new ArrayList<>();
		for (File directory : resourceDirectories) {
			plain.add(documents(directory, "application", basedir, read));
		}
		List<String> active = (profiles == null) ? List.of() : profiles;
		if (active.isEmpty()) {
			Map<String, String> unprofiled = new LinkedHashMap<>();
			plain.forEach((documents) -> documents.stream()
				.filter((document) -> !document.containsKey(ON_PROFILE))
				.forEach(unprofiled::putAll));
			String fromFiles = unprofiled.get("spring.profiles.active");
			active = (fromFiles == null) ? List.of() : split(resolve(fromFiles, unprofiled, environment));
		}
		for (List<Map<String, String>> documents : plain) {
			for (Map<String, String> document : documents) {
				String onProfile = document.get(ON_PROFILE);
				if (onProfile == null || split(onProfile).stream().anyMatch(active::contains)) {
					merged.putAll(document);
				}
			}
		}
		for (String profile : active) {
			for (File directory : resourceDirectories) {
				documents(directory, "application-" + profile, basedir, read).stream()
					.filter((document) -> !document.containsKey(ON_PROFILE))
					.forEach(merged::putAll);
			}
		}
		Map<String, String> kept = new LinkedHashMap<>();
		merged.forEach((key, value) -> {
			if (KEPT.stream().anyMatch(key::startsWith)) {
				kept.put(key, resolve(value, merged, environment));
			}
		});
		String locations = kept.remove("migrate.locations");
		kept.put("migrate.locations", projectLocations(
				(locations == null) ? List.of(DEFAULT_LOCATION) : split(locations), resourceDirectories));
		String origin = read.isEmpty() ? ""
				: String.join(", ", read) + (active.isEmpty() ? "" : " (profiles " + String.join(",", active) + ")");
		return new ApplicationSettings(kept, origin);
	}

	/**
	 * The locations with {@code classpath:} ones pointed at the project's resource
	 * directories, so revisions are read from (and written to) the sources rather than a
	 * copy in {@code target/classes}. A classpath location found in no resource directory
	 * stays on the classpath (a dependency may hold it) when some other location exists;
	 * otherwise it points at the first resource directory, where the first revision will
	 * be written.
	 */
	public static String projectLocations(List<String> locations, List<File> resourceDirectories) {
		List<String> result = new ArrayList<>();
		for (String location : locations) {
			String trimmed = location.trim();
			if (!trimmed.startsWith("classpath:")) {
				result.add(trimmed);
				continue;
			}
			String path = trimmed.substring("classpath:".length()).replaceAll("^/+", "");
			List<String> found = new ArrayList<>();
			for (File directory : resourceDirectories) {
				File candidate = new File(directory, path);
				if (candidate.isDirectory()) {
					found.add("filesystem:" + candidate.getAbsolutePath());
				}
			}
			if (!found.isEmpty()) {
				result.addAll(found);
			}
			else if (!resourceDirectories.isEmpty() && locations.size() == 1) {
				result.add("filesystem:" + new File(resourceDirectories.get(0), path).getAbsolutePath());
			}
			else {
				result.add(trimmed);
			}
		}
		return String.join(",", result);
	}

	/** The {@code .properties} file's settings after the {@code .yml} documents. */
	private static List<Map<String, String>> documents(File directory, String name, File basedir, List<String> read)
			throws MojoExecutionException {
		List<Map<String, String>> documents = new ArrayList<>();
		for (String extension : List.of(".yml", ".yaml")) {
			File yaml = new File(directory, name + extension);
			if (yaml.isFile()) {
				documents.addAll(yamlDocuments(yaml));
				read.add(relative(basedir, yaml));
			}
		}
		File properties = new File(directory, name + ".properties");
		if (properties.isFile()) {
			documents.addAll(propertiesDocuments(properties));
			read.add(relative(basedir, properties));
		}
		return documents;
	}

	private static List<Map<String, String>> yamlDocuments(File file) throws MojoExecutionException {
		List<Map<String, String>> documents = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
			for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
				Map<String, String> flat = new LinkedHashMap<>();
				flatten("", document, flat);
				documents.add(flat);
			}
		}
		catch (IOException | YAMLException ex) {
			throw new MojoExecutionException("Cannot read " + file + ": " + ex.getMessage()
					+ ". Fix the file, or set migrate.read-application-settings=false to ignore it.", ex);
		}
		return documents;
	}

	/**
	 * A properties file's documents: Spring splits them at {@code #---} lines; each may
	 * carry its own {@code spring.config.activate.on-profile}.
	 */
	private static List<Map<String, String>> propertiesDocuments(File file) throws MojoExecutionException {
		List<Map<String, String>> documents = new ArrayList<>();
		try {
			String text = Files.readString(file.toPath(), StandardCharsets.ISO_8859_1);
			for (String part : text.split("(?m)^[#!]---\\s*$")) {
				Properties properties = new Properties();
				try (InputStream in = new ByteArrayInputStream(part.getBytes(StandardCharsets.ISO_8859_1))) {
					properties.load(in);
				}
				Map<String, String> document = new LinkedHashMap<>();
				properties.stringPropertyNames().forEach((key) -> document.put(key, properties.getProperty(key)));
				documents.add(document);
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new MojoExecutionException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
		return documents;
	}

	private static void flatten(String prefix, Object value, Map<String, String> flat) {
		if (value instanceof Map<?, ?> map) {
			map.forEach(
					(key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child, flat));
		}
		else if (value instanceof List<?> list) {
			List<String> scalars = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				Object element = list.get(i);
				flatten(prefix + "[" + i + "]", element, flat);
				if (!(element instanceof Map) && !(element instanceof List)) {
					scalars.add(String.valueOf(element));
				}
			}
			flat.put(prefix, String.join(",", scalars));
		}
		else if (!prefix.isEmpty()) {
			flat.put(prefix, (value == null) ? "" : String.valueOf(value));
		}
	}

	private static String resolve(String value, Map<String, String> settings, Map<String, String> environment) {
		String current = value;
		for (int depth = 0; depth < 10 && current.contains("${"); depth++) {
			Matcher matcher = PLACEHOLDER.matcher(current);
			StringBuilder resolved = new StringBuilder();
			while (matcher.find()) {
				String name = matcher.group(1).trim();
				String replacement = settings.get(name);
				if (replacement == null) {
					replacement = environment.get(name);
				}
				if (replacement == null) {
					replacement = environment.get(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
				}
				if (replacement == null) {
					replacement = (matcher.group(2) != null) ? matcher.group(2) : matcher.group();
				}
				matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
			}
			matcher.appendTail(resolved);
			if (resolved.toString().equals(current)) {
				break;
			}
			current = resolved.toString();
		}
		return current;
	}

	private static List<String> split(String text) {
		return Arrays.stream(text.split(",")).map(String::trim).filter((part) -> !part.isEmpty()).toList();
	}

	private static String relative(File basedir, File file) {
		return basedir.toPath().relativize(file.toPath()).toString();
	}

	/** The kept settings by property name. */
	public Map<String, String> values() {
		return values;
	}

	/** The files read (and profiles), for messages; empty when none. */
	public String origin() {
		return origin;
	}

}
