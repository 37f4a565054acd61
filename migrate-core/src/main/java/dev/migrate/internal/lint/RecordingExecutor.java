package dev.migrate.internal.lint;

import dev.migrate.Migration;
import dev.migrate.MigrateException;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationExecutor;
import dev.migrate.result.SourceLocation;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the operations of a revision's {@code upgrade} without touching a database,
 * noting for each the source line that issued it. Java operations carry no location of
 * their own, so the call stack is searched for the revision class's frame: that makes a
 * Java finding point at {@code com/example/AddPhoneNumber.java:23} just as a SQL finding
 * points at its file and line.
 */
final class RecordingExecutor implements OperationExecutor {

	/** Thrown from {@link #connection()}: linting never has a database. */
	static final class ConnectionUnavailable extends MigrateException {

		ConnectionUnavailable() {
			super("upgrade() asked for the JDBC connection, which is not available while linting");
		}

	}

	private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

	private final SourceLocation fallback;

	private final List<RecordedOperation> operations = new ArrayList<>();

	RecordingExecutor(SourceLocation fallback) {
		this.fallback = fallback;
	}

	@Override
	public void apply(Operation operation) {
		SourceLocation location = operation instanceof ExecuteSql sql && sql.location() != null ? sql.location()
				: callerLocation().orElse(fallback);
		operations.add(new RecordedOperation(operation, location));
	}

	@Override
	public Connection connection() {
		throw new ConnectionUnavailable();
	}

	List<RecordedOperation> operations() {
		return operations;
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
