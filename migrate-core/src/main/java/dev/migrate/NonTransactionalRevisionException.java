package dev.migrate;

import java.util.List;

/**
 * Transaction mode {@code all} was requested but the plan contains revisions that must
 * run outside a transaction (e.g. {@code CREATE INDEX CONCURRENTLY}), or that commit part
 * of it in an autocommit block; nothing ran.
 */
public class NonTransactionalRevisionException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final List<String> revisions;

	public NonTransactionalRevisionException(List<String> revisions) {
		this(revisions,
				"transaction-mode all cannot run non-transactional revisions " + revisions
						+ ": they run in autocommit and could not be rolled back with the rest. Use transaction-mode "
						+ "per-revision, or upgrade to the revision before them first.");
	}

	/**
	 * @param revisions the revisions refused
	 * @param message why, e.g. their autocommit blocks would commit the run's transaction
	 */
	public NonTransactionalRevisionException(List<String> revisions, String message) {
		super(message);
		this.revisions = List.copyOf(revisions);
	}

	public List<String> revisions() {
		return revisions;
	}

}
