package dev.migrate.autoconfigure.aot.revisions;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/**
 * A Java revision declared as a bean (a data migration that could inject collaborators).
 */
@Revision(id = "4d5e6f708192", revises = "3c4d5e6f7081", message = "seed roles")
public final class SeedRoles implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.execute("INSERT INTO users (name, email) VALUES ('admin', 'admin@example.com')");
	}

	@Override
	public void downgrade(Operations op) {
		op.execute("DELETE FROM users WHERE name = 'admin'");
	}

}
