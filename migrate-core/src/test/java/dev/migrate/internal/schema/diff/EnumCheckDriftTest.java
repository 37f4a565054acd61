package dev.migrate.internal.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.autogenerate.MigrationPlanner;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new enum constant changes the check constraint Hibernate maps; check and autogenerate
 * must see it.
 */
@PostgresTest
class EnumCheckDriftTest {

	private static SchemaModel model(String statusCheck, String levelCheck) {
		return SchemaModel.of(List.of(Table.builder(null, "tickets")
			.column(Column.of("status", "varchar(20)", false))
			.column(Column.of("level", "smallint", false))
			.check(new CheckConstraint("tickets_status_check", statusCheck))
			.check(new CheckConstraint("tickets_level_check", levelCheck))
			.build()));
	}

	@Test
	void changedEnumValuesAreDriftThatAutogenerateRemoves(TestDatabase database) throws SQLException {
		DriftDetector detector = new DriftDetector(CompareOptions.defaults());
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE tickets (status varchar(20) NOT NULL CHECK (status in ('OPEN','CLOSED')),"
					+ " level smallint NOT NULL CHECK (level between 0 and 2))");

			assertThat(detector.detect(connection, model("status in ('OPEN','CLOSED')", "level between 0 and 2"), null)
				.isEmpty()).isTrue();

			SchemaModel changed = model("status in ('OPEN','CLOSED','WAITING')", "level between 0 and 3");
			DriftReport drift = detector.detect(connection, changed, null);
			assertThat(drift.descriptions()).containsExactly(
					"remove check constraint tickets_status_check on public.tickets",
					"remove check constraint tickets_level_check on public.tickets",
					"add check constraint tickets_status_check on public.tickets (status in ('OPEN','CLOSED','WAITING'))",
					"add check constraint tickets_level_check on public.tickets (level between 0 and 3)");

			for (String sql : new MigrationPlanner("public").plan(drift).upgradeStatements()) {
				statement.execute(sql);
			}
			DriftReport after = detector.detect(connection, changed, null);
			assertThat(after.isEmpty()).as(after.toText()).isTrue();
		}
	}

}
