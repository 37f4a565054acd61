package dev.migrate;

import java.util.List;

/**
 * Transaction mode {@code all} was requested but the plan contains revisions that must
 * run outside a transaction (e.g. {@code CREATE INDEX CONCURRENTLY}); nothing ran.
 */
public class NonTransactionalRevisionException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final List<String> revisions;

	public NonTransactionalRevisionException(List<String> revisions) {
		super("transaction-mode all cannot run non-transactional revisions " + revisions
				+ ": they run in autocommit and could not be rolled back with the rest. Use transaction-mode "
				+ "per-revision, or upgrade to the revision before them first.");
		this.revisions = List.copyOf(revisions);
	}

	public List<String> revisions() {
		return revisions;
	}

}
