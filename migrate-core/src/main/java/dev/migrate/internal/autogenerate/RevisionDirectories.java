package dev.migrate.internal.autogenerate;

import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;
import dev.migrate.internal.source.RevisionLocation;
import java.nio.file.Path;

/**
 * Where new revisions go when {@code --dir} is not given: SQL revisions into the first
 * configured location ({@code filesystem:DIR} is that directory;
 * {@code classpath:db/revisions} is {@code src/main/resources/db/revisions} of the
 * project in the working directory), Java revisions into the source folder of the first
 * configured package ({@code src/main/java/...}).
 */
public final class RevisionDirectories {

	private RevisionDirectories() {
	}

	public static Path defaultFor(MigrateConfig config, boolean java) {
		if (java) {
			if (config.packages().isEmpty()) {
				throw new MigrateException("No Java revision package is configured (migrate.packages / --packages);"
						+ " give the directory with --dir.");
			}
			return Path.of("src", "main", "java").resolve(config.packages().get(0).replace('.', '/'));
		}
		if (config.locations().isEmpty()) {
			throw new MigrateException("No revision location is configured; give the directory with --dir.");
		}
		RevisionLocation location = RevisionLocation.parse(config.locations().get(0));
		if (location.kind() == RevisionLocation.Kind.FILESYSTEM) {
			return Path.of(location.path());
		}
		return Path.of("src", "main", "resources").resolve(location.path());
	}

}
