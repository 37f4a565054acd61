package dev.migrate.benchmarks.compare;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The floor: the workload's statements executed over one connection, one transaction per
 * revision, with no bookkeeping at all.
 */
public final class RawJdbcTool implements Tool {

	@Override
	public String name() {
		return "raw-jdbc";
	}

	@Override
	public void applyAll(Workload workload, Database database) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
				database.password())) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				for (int i = 1; i <= workload.size(); i++) {
					for (String sql : workload.statements(i)) {
						statement.execute(sql);
					}
					connection.commit();
				}
			}
		}
	}

	@Override
	public void noOpStart(Workload workload, Database database) {
		throw new IllegalStateException("raw JDBC has no state to check");
	}

	@Override
	public void status(Workload workload, Database database) {
		throw new IllegalStateException("raw JDBC has no state to check");
	}

}
