package dev.migrate.autoconfigure.revisionbeans;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A data migration with a {@code JdbcClient}. */
@Component
@Revision(id = "a1b2c3d4e5f2", revises = "a1b2c3d4e5f1", message = "add a note with a JdbcClient")
public class NoteWithJdbcClient implements Migration {

	private final JdbcClient jdbcClient;

	public NoteWithJdbcClient(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	@Override
	public void upgrade(Operations op) throws Exception {
		// Marks this revision as one that works outside op: it is not recorded.
		op.connection();
		this.jdbcClient.sql("INSERT INTO notes (body) VALUES (?)").param("jdbc-client").update();
	}

}
