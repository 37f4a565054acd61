package dev.migrate.autoconfigure.revisionbeans;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A data migration with a {@code JdbcTemplate}. */
@Component
@Revision(id = "a1b2c3d4e5f1", revises = "e1f2a3b4c5d6", message = "add a note with a JdbcTemplate")
public class NoteWithJdbcTemplate implements Migration {

	private final JdbcTemplate jdbcTemplate;

	public NoteWithJdbcTemplate(JdbcTemplate jdbcTemplate) {
		this.jdbcTemplate = jdbcTemplate;
	}

	@Override
	public void upgrade(Operations op) throws Exception {
		// Marks this revision as one that works outside op: it is not recorded.
		op.connection();
		this.jdbcTemplate.update("INSERT INTO notes (body) VALUES (?)", "jdbc-template");
	}

}
