package dev.migrate.internal.runtime;

import dev.migrate.Transactional;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.internal.execution.AutocommitBoundary;
import dev.migrate.internal.execution.JavaRevisionChecksum;
import dev.migrate.internal.execution.RecordedMigration;
import dev.migrate.internal.execution.RevisionTransactionality;
import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.SqlMigration;
import dev.migrate.ops.ExecuteSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checksum and effective transactionality of revisions, computed at most once per
 * revision (and direction). SQL revisions carry both from their file; a Java revision
 * needs a recording run of its operations, which is why results are cached and only asked
 * for when a run needs them: a no-op start computes checksums of applied Java revisions
 * only, and transactionality of none. The recordings are kept too, so checksum,
 * transactionality and offline rendering share one recording per revision and direction.
 *
 * <p>
 * Java checksums are always rendered with the default PostgreSQL dialect, not the
 * server's, so that upgrading the database server does not change them.
 */
public final class RevisionFacts {

	private final Dialect dialect = new PostgresDialect();

	private final Map<String, String> checksums = new ConcurrentHashMap<>();

	private final Map<String, Boolean> transactional = new ConcurrentHashMap<>();

	private final Map<String, RecordedMigration> recordings = new ConcurrentHashMap<>();

	/** What {@code direction} of a Java revision does, recorded once. */
	public RecordedMigration recorded(RevisionScript revision, Direction direction) {
		return recordings.computeIfAbsent(revision.id() + ":" + direction.label(),
				key -> RecordedMigration.of(revision.migration(), direction, revision.id()));
	}

	/**
	 * The revision's checksum (SQL: of the file; Java: of its rendering, or its class
	 * file when it uses JDBC).
	 */
	public String checksum(RevisionScript revision) {
		if (revision.checksum() != null) {
			return revision.checksum();
		}
		return checksums.computeIfAbsent(revision.id(),
				id -> JavaRevisionChecksum.of(revision, dialect, this::recorded));
	}

	/**
	 * Whether {@code direction} of the revision has an autocommit block (SQL: from its
	 * file's markers; Java: from its recording).
	 */
	public boolean hasAutocommitBlock(RevisionScript revision, Direction direction) {
		if (revision.migration() instanceof SqlMigration sql) {
			return sql.hasAutocommitBlock(direction);
		}
		return AutocommitBoundary.anyIn(recorded(revision, direction).operations());
	}

	/**
	 * Whether the revision runs inside a transaction when moving in {@code direction},
	 * decided for the default (newest) PostgreSQL: for offline scripts and for checks
	 * made before connecting.
	 */
	public boolean transactional(RevisionScript revision, Direction direction) {
		return transactional(revision, direction, dialect);
	}

	/**
	 * Like {@link #transactional(RevisionScript, Direction)}, for the server a run
	 * executes on: what may run in a transaction depends on its version
	 * ({@code ALTER TYPE ... ADD VALUE} before 12).
	 */
	public boolean transactional(RevisionScript revision, Direction direction, Dialect serverDialect) {
		if (revision.transactional() == Transactional.FALSE && revision.migration() instanceof SqlMigration) {
			// Its parser has refused an autocommit block in it already.
			return false;
		}
		// A Java revision declared FALSE is recorded too, to refuse an autocommit block.
		// TRUE is checked too: a non-transactional operation in a revision declared
		// transactional is refused here, before the run starts, not halfway through it.
		String version = serverDialect instanceof PostgresDialect postgres
				? Integer.toString(postgres.serverMajorVersion()) : serverDialect.name();
		return transactional.computeIfAbsent(revision.id() + ":" + direction.label() + ":" + version,
				key -> revision.migration() instanceof SqlMigration sql && !sql.hasAutocommitBlock(direction)
						? decide(revision, sql, direction, serverDialect)
						: RevisionTransactionality.decide(revision, direction, serverDialect, this::recorded));
	}

	/**
	 * The decision for a SQL revision, made while its statements pass by rather than from
	 * a recording of all of them, which for a large file would hold the whole file (see
	 * {@code FileSection}). Only the first statement that cannot run in a transaction
	 * decides. A revision with an autocommit block is recorded instead, so that the
	 * block's statements do not count: it is held in memory anyway (the parser refuses a
	 * block in a streamed file).
	 */
	private static boolean decide(RevisionScript revision, SqlMigration sql, Direction direction, Dialect dialect) {
		List<ExecuteSql> blocking = new ArrayList<>(1);
		sql.forEachStatement(direction, statement -> {
			ExecuteSql operation = sql.toOperation(statement);
			if (blocking.isEmpty() && !dialect.isTransactional(operation)) {
				blocking.add(operation);
			}
		});
		return RevisionTransactionality.decide(revision.id(), revision.transactional(), blocking, dialect);
	}

}
