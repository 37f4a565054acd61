package dev.migrate;

import java.util.List;

/**
 * The database holds applied revisions this release does not know (the next release
 * already migrated it), and the command cannot or may not run against it: {@code upgrade}
 * or {@code verify} with {@code migrate.on-ahead=fail}, or a {@code downgrade}, which has
 * no downgrade code for those revisions.
 */
public final class DatabaseAheadException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final List<String> revisions;

	public DatabaseAheadException(String message, List<String> revisions) {
		super(message);
		this.revisions = List.copyOf(revisions);
	}

	/** The applied revisions this release does not know, in apply order. */
	public List<String> revisions() {
		return revisions;
	}

}
