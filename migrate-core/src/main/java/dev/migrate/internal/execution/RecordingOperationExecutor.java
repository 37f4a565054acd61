package dev.migrate.internal.execution;

import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationExecutor;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Collects the operations a revision performs, without a database: the input of offline
 * rendering, of a Java revision's checksum and of its {@code AUTO} transactionality.
 * Asking it for a {@link #connection()} throws {@link RawJdbcNotRenderableException}, and
 * is remembered even if the revision catches that exception.
 */
public final class RecordingOperationExecutor implements OperationExecutor {

	private final String revisionId;

	private final List<Operation> operations = new ArrayList<>();

	private boolean connectionRequested;

	public RecordingOperationExecutor() {
		this(null);
	}

	/**
	 * @param revisionId named in the message when the revision asks for the connection;
	 * may be {@code null}
	 */
	public RecordingOperationExecutor(String revisionId) {
		this.revisionId = revisionId;
	}

	@Override
	public void apply(Operation operation) {
		operations.add(Objects.requireNonNull(operation, "operation"));
	}

	/**
	 * @throws RawJdbcNotRenderableException always
	 */
	@Override
	public Connection connection() {
		connectionRequested = true;
		throw new RawJdbcNotRenderableException(revisionId);
	}

	/** The operations recorded so far, in order. */
	public List<Operation> operations() {
		return Collections.unmodifiableList(new ArrayList<>(operations));
	}

	/** Whether the revision asked for the JDBC connection. */
	public boolean connectionRequested() {
		return connectionRequested;
	}

}
