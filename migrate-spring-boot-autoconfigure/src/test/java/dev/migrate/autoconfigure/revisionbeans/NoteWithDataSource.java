package dev.migrate.autoconfigure.revisionbeans;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** A data migration with a {@code DataSource}. */
@Component
@Revision(id = "a1b2c3d4e5f3", revises = "a1b2c3d4e5f2", message = "add a note with a DataSource")
public class NoteWithDataSource implements Migration {

	private final DataSource dataSource;

	public NoteWithDataSource(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void upgrade(Operations op) throws Exception {
		// Marks this revision as one that works outside op: it is not recorded.
		op.connection();
		try (var connection = this.dataSource.getConnection();
				var statement = connection.prepareStatement("INSERT INTO notes (body) VALUES ('data-source')")) {
			statement.executeUpdate();
		}
	}

}
