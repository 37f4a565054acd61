package dev.migrate;

import java.util.List;

/**
 * The database holds applied revisions this release does not know while revisions of this
 * release are not applied: it has diverged from this release's history (another branch of
 * the code migrated it, or revisions were removed). Neither upgrading nor running against
 * it is safe, whatever {@code migrate.on-ahead} says.
 */
public final class DivergedDatabaseException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final List<String> unknown;

	private final List<String> missing;

	public DivergedDatabaseException(String message, List<String> unknown, List<String> missing) {
		super(message);
		this.unknown = List.copyOf(unknown);
		this.missing = List.copyOf(missing);
	}

	/** The applied revisions this release does not know, in apply order. */
	public List<String> unknown() {
		return unknown;
	}

	/**
	 * This release's revisions that are not applied, in the order upgrade would apply
	 * them.
	 */
	public List<String> missing() {
		return missing;
	}

}
