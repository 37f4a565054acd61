package dev.migrate.internal.graph;

import dev.migrate.MigrateException;

/** The version table records a revision that none of the revision sources define. */
public final class UnknownCurrentHeadException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String revisionId;

	public UnknownCurrentHeadException(String revisionId) {
		super("The database records revision '" + revisionId + "' as a current head, but no revision with"
				+ " that id exists. Restore the missing revision file, or record the real state with"
				+ " `migrate stamp <rev>` (`migrate stamp --purge <rev>` replaces every recorded head).");
		this.revisionId = revisionId;
	}

	public String revisionId() {
		return revisionId;
	}

}
