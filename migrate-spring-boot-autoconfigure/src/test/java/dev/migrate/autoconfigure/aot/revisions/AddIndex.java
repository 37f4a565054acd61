package dev.migrate.autoconfigure.aot.revisions;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** A Java revision found through {@code migrate.packages}, not a bean. */
@Revision(id = "3c4d5e6f7081", revises = "2b3c4d5e6f70", message = "index users by email")
public final class AddIndex implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.execute("CREATE INDEX users_email ON users (email)");
	}

	@Override
	public void downgrade(Operations op) {
		op.execute("DROP INDEX users_email");
	}

}
