package dev.migrate.reliability;

import dev.migrate.MigrateConfig;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh test database with the probe tables ({@link SoakRevisions#PROBE_DDL}) and the
 * queries the checks use.
 */
final class SoakDatabase implements AutoCloseable {

	private final TestDatabase db;

	SoakDatabase(TestDatabase db) throws Exception {
		this.db = db;
		execute(SoakRevisions.PROBE_DDL);
	}

	String jdbcUrl() {
		return db.jdbcUrl();
	}

	String user() {
		return db.user();
	}

	String password() {
		return db.password();
	}

	String name() {
		return db.name();
	}

	/**
	 * What an operator's run in the test JVM uses: the settings of {@link SoakProcess}.
	 */
	MigrateConfig config(Path revisions) {
		return MigrateConfig.builder()
			.url(jdbcUrl())
			.user(user())
			.password(password())
			.locations("filesystem:" + revisions)
			.lockTimeout(Duration.ofSeconds(5))
			.lockWaitTimeout(Duration.ofSeconds(120))
			.build();
	}

	void setSlow(double seconds) throws Exception {
		execute("UPDATE soak_control SET slow = " + seconds);
	}

	/** Makes the slow revision numbered {@code index} sleep for {@code seconds}. */
	void setLong(int index, double seconds) throws Exception {
		execute("UPDATE soak_control SET long_at = " + index + ", long = " + seconds);
	}

	void execute(String sql) throws Exception {
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	List<String> query(String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Connection connection = db.connect();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append(i > 1 ? "|" : "").append(rs.getString(i));
				}
				values.add(row.toString());
			}
		}
		return values;
	}

	@Override
	public void close() {
		db.close();
	}

}
