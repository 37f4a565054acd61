package dev.migrate.internal.fleet;

import dev.migrate.FleetTarget;
import dev.migrate.MigrateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a targets file (docs/fleet.md): one target per line, blank lines and {@code #}
 * comments ignored. A line holds words: a bare word is the schema, a word starting with
 * {@code jdbc:} is the database url, {@code name=...} names the target (default: the
 * schema, else the url's database), {@code labels=a,b} labels it.
 *
 * <pre>
 * tenant_001 labels=canary
 * jdbc:postgresql://db2:5432/app tenant_417
 * jdbc:postgresql://db3:5432/acme name=acme
 * </pre>
 */
public final class TargetFile {

	private TargetFile() {
	}

	public static List<FleetTarget> read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new MigrateException("Could not read the fleet targets file " + file + ": " + ex.getMessage(), ex);
		}
		List<FleetTarget> targets = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			try {
				targets.add(parse(line));
			}
			catch (IllegalArgumentException ex) {
				throw new MigrateException(file + ":" + (i + 1) + ": " + ex.getMessage()
						+ " (a line is: [jdbc:URL] [SCHEMA] [name=NAME] [labels=A,B])", ex);
			}
		}
		return targets;
	}

	static FleetTarget parse(String line) {
		String url = null;
		String schema = null;
		String name = null;
		Set<String> labels = new LinkedHashSet<>();
		for (String word : line.split("\\s+")) {
			if (word.startsWith("jdbc:")) {
				url = once(url, word, "url");
			}
			else if (word.startsWith("name=")) {
				name = once(name, word.substring(5), "name");
			}
			else if (word.startsWith("labels=")) {
				labels.addAll(TargetNames.labels(word.substring(7)));
			}
			else if (word.contains("=")) {
				throw new IllegalArgumentException("unknown setting '" + word + "'");
			}
			else {
				schema = once(schema, word, "schema");
			}
		}
		return new FleetTarget(name != null ? name : TargetNames.defaultName(url, schema), url, schema, labels);
	}

	private static String once(String previous, String value, String what) {
		if (previous != null) {
			throw new IllegalArgumentException(
					"two values for the " + what + ": '" + previous + "' and '" + value + "'");
		}
		return value;
	}

}
