package dev.migrate.internal.execution;

import dev.migrate.MigrateException;
import dev.migrate.ops.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an autocommit block ({@code Operations.autocommitBlock}, or the
 * {@code -- migrate:autocommit} lines of a SQL file) starts and ends in a recorded
 * revision. Recordings keep the block's shape this way, so that the one list of
 * operations tells offline rendering where to commit and begin again, the checksum that a
 * block was added or moved, the transactionality decision which operations run outside
 * the transaction, and lint which statements do.
 */
public enum AutocommitBoundary implements Operation {

	/** The block starts: the revision's transaction so far commits. */
	START("COMMIT"),

	/** The block ends: a new transaction begins for the rest of the revision. */
	END("BEGIN");

	private final String offlineSql;

	AutocommitBoundary(String offlineSql) {
		this.offlineSql = offlineSql;
	}

	/**
	 * What a script runs here: {@code COMMIT} before the block, {@code BEGIN} after it,
	 * as Alembic writes its {@code autocommit_block} offline.
	 */
	public String offlineSql() {
		return offlineSql;
	}

	/**
	 * The error for a block opened inside another one.
	 * @param revisionId the revision, or null when unknown
	 */
	public static MigrateException nested(String revisionId) {
		return new MigrateException((revisionId == null ? "A revision" : "Revision " + revisionId)
				+ " opens an autocommit block inside another one. Blocks do not nest: the outer block already runs"
				+ " in autocommit. Move the inner block's operations into the outer one; nothing was run.");
	}

	/** Whether {@code operations} hold an autocommit block. */
	public static boolean anyIn(List<? extends Operation> operations) {
		return operations.contains(START);
	}

	/**
	 * The operations that run inside the revision's transaction: those outside every
	 * block, without the boundaries.
	 */
	public static List<Operation> outsideBlocks(List<? extends Operation> operations) {
		List<Operation> outside = new ArrayList<>();
		boolean inBlock = false;
		for (Operation operation : operations) {
			if (operation instanceof AutocommitBoundary boundary) {
				inBlock = boundary == START;
			}
			else if (!inBlock) {
				outside.add(operation);
			}
		}
		return outside;
	}

}
