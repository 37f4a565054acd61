package dev.migrate.internal.dialect;

import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.internal.execution.RecordingOperationExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Renders what a revision body does through the facade, as statements, without a
 * database.
 */
final class Rendered {

	private Rendered() {
	}

	static List<String> postgres(Consumer<Operations> body) {
		return render(new PostgresDialect(), body);
	}

	static String postgresOne(Consumer<Operations> body) {
		List<String> statements = postgres(body);
		if (statements.size() != 1) {
			throw new AssertionError("expected one statement, got " + statements);
		}
		return statements.get(0);
	}

	static List<String> render(Dialect dialect, Consumer<Operations> body) {
		return render(dialect, operations(body));
	}

	static List<String> render(Dialect dialect, List<Operation> operations) {
		List<String> statements = new ArrayList<>();
		operations.forEach(op -> statements.addAll(dialect.render(op)));
		return statements;
	}

	static List<Operation> operations(Consumer<Operations> body) {
		RecordingOperationExecutor recorder = new RecordingOperationExecutor();
		body.accept(new Operations(recorder));
		return recorder.operations();
	}

}
