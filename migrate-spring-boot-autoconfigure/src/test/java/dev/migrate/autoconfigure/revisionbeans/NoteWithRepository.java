package dev.migrate.autoconfigure.revisionbeans;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

import org.springframework.stereotype.Component;

/** A data migration with a {@code NoteRepository}. */
@Component
@Revision(id = "a1b2c3d4e5f4", revises = "a1b2c3d4e5f3", message = "add a note with a NoteRepository")
public class NoteWithRepository implements Migration {

	private final NoteRepository notes;

	public NoteWithRepository(NoteRepository notes) {
		this.notes = notes;
	}

	@Override
	public void upgrade(Operations op) throws Exception {
		// Marks this revision as one that works outside op: it is not recorded.
		op.connection();
		this.notes.save(new Note("repository"));
	}

}
