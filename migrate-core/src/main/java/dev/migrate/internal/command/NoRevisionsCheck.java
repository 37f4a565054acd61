package dev.migrate.internal.command;

import dev.migrate.MigrateConfig;
import dev.migrate.MigrateException;

/**
 * Refuses to report "up to date" when no revision was found at all. An empty or misspelt
 * location otherwise makes {@code upgrade} apply nothing and {@code verify} pass in CI
 * while the database is never migrated; a project that really has no revisions yet says
 * so with {@code allow-empty}.
 */
final class NoRevisionsCheck {

	private NoRevisionsCheck() {
	}

	static void check(CommandContext context) {
		MigrateConfig config = context.config();
		if (context.graph().size() > 0 || config.allowEmpty()) {
			return;
		}
		String packages = config.packages().isEmpty() ? ""
				: " or the Java packages " + String.join(", ", config.packages());
		throw new MigrateException("No revisions found in " + String.join(", ", config.locations()) + packages
				+ ". Check migrate.locations (--locations): a plain name such as db/revisions is on the classpath; "
				+ "a directory on disk is filesystem:dir or a path starting with / or ./. If having no revisions is "
				+ "intended, set migrate.allow-empty=true (--allow-empty true, MIGRATE_ALLOW_EMPTY).");
	}

}
