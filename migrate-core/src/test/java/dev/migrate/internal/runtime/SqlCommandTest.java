package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@PostgresTest
class SqlCommandTest {

	private static final String TRICKY = "it's C:\\temp\\new";

	@Test
	void rendersPlaceholdersAsLiterals() {
		SqlCommand command = SqlCommand.of("UPDATE v SET revision = ? WHERE revision = ? AND ok = ?", 1, "a1", "b'1",
				true);
		assertThat(command.render()).isEqualTo("UPDATE v SET revision = 'a1' WHERE revision = 'b''1' AND ok = TRUE");
	}

	@Test
	void aRenderedStringReadsTheSameWhateverStandardConformingStringsIsSetTo(TestDatabase db) throws Exception {
		String select = SqlCommand.of("SELECT ?", SqlCommand.ANY_ROWS, TRICKY).render();
		try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
			for (String setting : new String[] { "on", "off" }) {
				statement.execute("SET standard_conforming_strings = " + setting);
				try (ResultSet rs = statement.executeQuery(select)) {
					rs.next();
					assertThat(rs.getString(1)).as("standard_conforming_strings = " + setting).isEqualTo(TRICKY);
				}
			}
		}
	}

}
