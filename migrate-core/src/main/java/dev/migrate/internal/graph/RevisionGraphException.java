package dev.migrate.internal.graph;

import dev.migrate.MigrateException;

/**
 * The revisions do not form a valid graph (bad id, duplicate, dangling reference, cycle,
 * label clash). Raised by {@link RevisionGraph#of} before any graph exists, so callers
 * can report the whole class of "fix your revision files" errors in one place.
 */
public class RevisionGraphException extends MigrateException {

	private static final long serialVersionUID = 1L;

	protected RevisionGraphException(String message) {
		super(message);
	}

}
