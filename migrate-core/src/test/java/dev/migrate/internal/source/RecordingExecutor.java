package dev.migrate.internal.source;

import dev.migrate.ops.Operation;
import dev.migrate.ops.OperationExecutor;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Collects the operations a migration runs, for assertions. */
final class RecordingExecutor implements OperationExecutor {

	final List<Operation> operations = new ArrayList<>();

	@Override
	public void apply(Operation operation) {
		operations.add(operation);
	}

	@Override
	public Connection connection() {
		throw new UnsupportedOperationException("no connection in tests");
	}

}
