package dev.migrate.internal.execution;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.ops.Operation;
import dev.migrate.internal.revision.Sha256;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders recorded operations to an offline script (the body of {@code upgrade --sql} for
 * a Java revision). An autocommit block is written between {@code COMMIT} and
 * {@code BEGIN}, so it also counts in a Java revision's checksum.
 */
public final class SqlScriptRenderer {

	private SqlScriptRenderer() {
	}

	public static SqlScript render(List<? extends Operation> operations, Dialect dialect) {
		List<String> statements = new ArrayList<>();
		for (Operation operation : operations) {
			if (operation instanceof AutocommitBoundary boundary) {
				statements.add(boundary.offlineSql());
			}
			else {
				statements.addAll(dialect.render(operation));
			}
		}
		StringBuilder text = new StringBuilder();
		for (String statement : statements) {
			if (text.length() > 0) {
				text.append('\n');
			}
			text.append(dialect.scriptStatement(statement)).append('\n');
		}
		String script = text.toString();
		return new SqlScript(script, statements, Sha256.hex(script));
	}

}
