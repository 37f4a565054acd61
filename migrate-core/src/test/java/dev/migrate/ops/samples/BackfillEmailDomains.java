package dev.migrate.ops.samples;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.Transactional;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.Operations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A data migration: adds {@code accounts.email_domain}, fills it in key-range batches
 * through raw JDBC, then makes it NOT NULL.
 *
 * <p>
 * The revision is not transactional, so each batch commits on its own: row locks are held
 * for one batch only, and a failure keeps the finished batches. The
 * {@code email_domain IS NULL} guard lets a re-run skip them. The batch size comes from
 * the constructor, or the system property {@value #BATCH_SIZE_PROPERTY} when the revision
 * is instantiated by scanning.
 */
@Revision(id = "b7f3a91c0d2e", message = "backfill accounts.email_domain", transactional = Transactional.FALSE)
public final class BackfillEmailDomains implements Migration {

	public static final String BATCH_SIZE_PROPERTY = "migrate.sample.backfill-batch-size";

	public static final int DEFAULT_BATCH_SIZE = 5_000;

	private final int batchSize;

	private int batches;

	public BackfillEmailDomains() {
		this(Integer.getInteger(BATCH_SIZE_PROPERTY, DEFAULT_BATCH_SIZE));
	}

	public BackfillEmailDomains(int batchSize) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batch size must be >= 1, not " + batchSize);
		}
		this.batchSize = batchSize;
	}

	@Override
	public void upgrade(Operations op) throws SQLException {
		op.addColumn("accounts", "email_domain", ColumnType.TEXT);
		Connection connection = op.connection();
		long[] range = idRange(connection);
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE accounts" + " SET email_domain = lower(split_part(email, '@', 2))"
					+ " WHERE id >= ? AND id < ? AND email_domain IS NULL")) {
			for (long from = range[0]; from <= range[1]; from += batchSize) {
				update.setLong(1, from);
				update.setLong(2, from + batchSize);
				update.executeUpdate();
				batches++;
			}
		}
		op.setNotNull("accounts", "email_domain");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropColumn("accounts", "email_domain");
	}

	/** UPDATE statements the last upgrade ran. */
	public int batches() {
		return batches;
	}

	private static long[] idRange(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT coalesce(min(id), 1), coalesce(max(id), 0) FROM accounts")) {
			rs.next();
			return new long[] { rs.getLong(1), rs.getLong(2) };
		}
	}

}
