package dev.migrate.demo.revisions;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.Transactional;
import dev.migrate.ops.Operations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Phase 2 of the username split: copy {@code username} into
 * {@code first_name}/{@code last_name} in batches. Non-transactional on purpose: each
 * batch commits on its own, so a large table is never locked for the whole backfill and a
 * retry after a failure continues where it stopped (the {@code first_name IS NULL} filter
 * makes every batch idempotent).
 *
 * <p>
 * A Spring bean, so the batch size comes from configuration
 * ({@code demo.backfill.batch-size}).
 */
@Component
@Revision(id = "5d6e7f8091a2", revises = "4c5d6e7f8091",
		message = "split username, phase 2 (backfill): fill first_name and last_name in batches",
		transactional = Transactional.FALSE)
public final class BackfillUserNames implements Migration {

	private static final String BATCH = """
			UPDATE users SET
			    first_name = split_part(username, ' ', 1),
			    last_name  = btrim(substr(username, length(split_part(username, ' ', 1)) + 1))
			WHERE id IN (SELECT id FROM users WHERE first_name IS NULL ORDER BY id LIMIT ?)""";

	private final int batchSize;

	public BackfillUserNames(@Value("${demo.backfill.batch-size:1000}") int batchSize) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("demo.backfill.batch-size must be at least 1, not " + batchSize);
		}
		this.batchSize = batchSize;
	}

	@Override
	public void upgrade(Operations op) throws Exception {
		Connection connection = op.connection();
		try (PreparedStatement statement = connection.prepareStatement(BATCH)) {
			statement.setInt(1, batchSize);
			while (statement.executeUpdate() > 0) {
				// Each batch commits by itself (autocommit); loop until no row is left to
				// fill.
			}
		}
	}

	@Override
	public void downgrade(Operations op) {
		// Back to the state after phase 1: the new columns exist but are empty.
		op.execute("UPDATE users SET first_name = NULL, last_name = NULL");
	}

}
