package dev.migrate.internal.runtime;

import dev.migrate.internal.execution.AutocommitTransitions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The commits the autocommit blocks of one transactional revision make, and what each
 * records, so that the history never says less than what is permanent.
 *
 * <p>
 * Before the first block, the revision's transaction commits together with a started row
 * for it (success NULL, the statements so far as completed): the record non-transactional
 * revisions make, which blocks every later run until {@code resolve} settles it. A
 * failure before that commit rolls back the revision and the row with it, so nothing of
 * the revision was committed and it is recorded as an ordinary rolled-back failure.
 * Inside a block each completed statement is noted in the row (best effort, as for a
 * non-transactional revision); before a later block the transaction commits with the
 * statements so far noted in the same transaction. The runner finishes the row with the
 * version row in the revision's last transaction.
 */
final class BlockCommits implements AutocommitTransitions {

	private final Connection connection;

	private final StateStore store;

	private final Function<List<String>, List<SqlCommand>> firstCommit;

	private final Function<List<String>, List<SqlCommand>> laterCommit;

	private final Consumer<List<String>> progress;

	/** How many of the revision's statements have committed; -1 while none has. */
	private int committed = -1;

	private boolean inBlock;

	/**
	 * @param firstCommit the state writes committed with the part before the first block,
	 * given the statements run so far
	 * @param laterCommit the state writes committed with the part before a later block
	 * @param progress notes, in autocommit, the statements completed inside a block
	 */
	BlockCommits(Connection connection, StateStore store, Function<List<String>, List<SqlCommand>> firstCommit,
			Function<List<String>, List<SqlCommand>> laterCommit, Consumer<List<String>> progress) {
		this.connection = connection;
		this.store = store;
		this.firstCommit = firstCommit;
		this.laterCommit = laterCommit;
		this.progress = progress;
	}

	@Override
	public void beforeBlock(List<String> executed) throws SQLException {
		store.write(connection, (committed < 0) ? firstCommit.apply(executed) : laterCommit.apply(executed));
		connection.commit();
		committed = executed.size();
		connection.setAutoCommit(true);
		inBlock = true;
	}

	@Override
	public void afterBlock() throws SQLException {
		inBlock = false;
		connection.setAutoCommit(false);
	}

	/**
	 * Told after each statement of the revision completes: inside a block it committed on
	 * its own.
	 */
	void statementCompleted(List<String> executed) {
		if (inBlock) {
			committed = executed.size();
			progress.accept(executed);
		}
	}

	/**
	 * Whether part of the revision has committed: it is then recorded as started, and
	 * finishing or failing it updates that row.
	 */
	boolean committedAny() {
		return committed >= 0;
	}

	/** The statements of {@code executed} that have committed. */
	List<String> committedOf(List<String> executed) {
		return List.copyOf(executed.subList(0, Math.max(committed, 0)));
	}

}
