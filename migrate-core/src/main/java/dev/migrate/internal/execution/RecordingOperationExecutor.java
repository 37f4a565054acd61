package dev.migrate.internal.execution;

import dev.migrate.Migration;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationExecutor;
import dev.migrate.result.SourceLocation;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects the operations a revision performs, without a database: the input of offline
 * rendering, of a Java revision's checksum, of its {@code AUTO} transactionality and of
 * lint. Asking it for a {@link #connection()} throws
 * {@link RawJdbcNotRenderableException}, and is remembered even if the revision catches
 * that exception.
 */
public final class RecordingOperationExecutor implements OperationExecutor {

	private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

	private final String revisionId;

	private final SourceLocation fallback;

	private final boolean locating;

	private final List<RecordedOperation> operations = new ArrayList<>();

	private boolean connectionRequested;

	private boolean inBlock;

	public RecordingOperationExecutor() {
		this(null);
	}

	/**
	 * @param revisionId named in the message when the revision asks for the connection;
	 * may be {@code null}
	 */
	public RecordingOperationExecutor(String revisionId) {
		this(revisionId, null, false);
	}

	private RecordingOperationExecutor(String revisionId, SourceLocation fallback, boolean locating) {
		this.revisionId = revisionId;
		this.fallback = fallback;
		this.locating = locating;
	}

	/**
	 * A recorder that also notes where each operation was issued, for findings that point
	 * at a line. Java operations carry no location of their own, so the call stack is
	 * searched for the revision class's frame: a Java finding then points at
	 * {@code com/example/AddPhoneNumber.java:23} just as a SQL finding points at its file
	 * and line. Walking the stack costs, which is why only lint asks for it.
	 * @param revisionId named in the message when the revision asks for the connection
	 * @param fallback the location of operations issued from no revision-class frame (the
	 * revision's own location)
	 */
	public static RecordingOperationExecutor locating(String revisionId, SourceLocation fallback) {
		return new RecordingOperationExecutor(revisionId, fallback, true);
	}

	@Override
	public void apply(Operation operation) {
		Objects.requireNonNull(operation, "operation");
		operations.add(new RecordedOperation(operation, locating ? locationOf(operation) : null));
	}

	/**
	 * Records the block between {@link AutocommitBoundary#START} and
	 * {@link AutocommitBoundary#END}.
	 * @throws dev.migrate.MigrateException when the block is inside another one
	 */
	@Override
	public void autocommitBlock(Runnable block) {
		if (inBlock) {
			throw AutocommitBoundary.nested(revisionId);
		}
		apply(AutocommitBoundary.START);
		inBlock = true;
		try {
			block.run();
		}
		finally {
			inBlock = false;
		}
		apply(AutocommitBoundary.END);
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
		List<Operation> result = new ArrayList<>(operations.size());
		for (RecordedOperation recorded : operations) {
			result.add(recorded.operation());
		}
		return Collections.unmodifiableList(result);
	}

	/**
	 * The operations recorded so far with where they were issued (locations only from a
	 * {@link #locating} recorder).
	 */
	public List<RecordedOperation> recorded() {
		return List.copyOf(operations);
	}

	/** Whether the revision asked for the JDBC connection. */
	public boolean connectionRequested() {
		return connectionRequested;
	}

	private SourceLocation locationOf(Operation operation) {
		if (operation instanceof ExecuteSql sql && sql.location() != null) {
			return sql.location();
		}
		return callerLocation().orElse(fallback);
	}

	private static Optional<SourceLocation> callerLocation() {
		return STACK.walk(frames -> frames.filter(frame -> Migration.class.isAssignableFrom(frame.getDeclaringClass()))
			.filter(frame -> frame.getFileName() != null && frame.getLineNumber() > 0)
			.findFirst()
			.map(frame -> {
				String packagePath = frame.getDeclaringClass().getPackageName().replace('.', '/');
				String file = packagePath.isEmpty() ? frame.getFileName() : packagePath + "/" + frame.getFileName();
				return new SourceLocation(file, frame.getLineNumber());
			}));
	}

}
