package dev.migrate.internal.runtime;

import dev.migrate.MigrateConfig;
import dev.migrate.TransactionMode;
import dev.migrate.result.HistoryRecord;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.MigrationStep;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.internal.execution.RawJdbcNotRenderableException;
import dev.migrate.internal.execution.RecordedMigration;
import dev.migrate.internal.execution.SqlScriptRenderer;
import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.SqlMigration;
import java.io.IOException;
import java.time.Duration;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes a plan as a complete {@code psql} script: state-table DDL, then per revision its
 * statements and its version and history rows, inside {@code BEGIN}/{@code COMMIT}
 * exactly where online mode would use a transaction (an autocommit block is written
 * between {@code COMMIT} and {@code BEGIN}, as Alembic writes it). Running it with
 * {@code psql -f} leaves the database in the same state (schema and recorded heads) as
 * the online command.
 *
 * <p>
 * The script stops itself on the first error: it starts with
 * {@code \set ON_ERROR_STOP on}, because plain {@code psql -f} otherwise goes on after
 * the start guard fails and applies the revisions a second time. Each version-table
 * update or delete checks that it changed exactly one row (the online row-count check),
 * so a script run by a tool that ignores errors still cannot record heads the database is
 * not at.
 */
public final class OfflineScriptWriter {

	private final StateStore store;

	private final MigrateConfig config;

	private final RevisionFacts facts;

	private final Dialect dialect = new PostgresDialect();

	public OfflineScriptWriter(StateStore store, MigrateConfig config, RevisionFacts facts) {
		this.store = store;
		this.config = config;
		this.facts = facts;
	}

	public void write(MigrationPlan plan, Writer out) {
		StepRunner.splitSqlFirst(plan); // a script error must not leave half a script
										// behind
		try {
			boolean all = config.transactionMode() == TransactionMode.ALL;
			out.write("-- migrate " + plan.direction().label() + " " + describe(plan.fromHeads()) + " -> "
					+ describe(plan.toHeads()) + "\n");
			out.write("-- Generated " + Instant.now() + "; run with: psql -f <this file>\n");
			out.write("-- Other runners must stop at the first error (this line is psql's way to say so).\n");
			out.write("\\set ON_ERROR_STOP on\n\n");
			// Only what is configured: an unset statement timeout leaves the server's.
			Duration statementTimeout = config.statementTimeout();
			if (!config.lockTimeout().isZero() || (statementTimeout != null && !statementTimeout.isZero())) {
				out.write("SET lock_timeout = " + config.lockTimeout().toMillis() + ";\n");
				if (statementTimeout != null) {
					out.write("SET statement_timeout = " + statementTimeout.toMillis() + ";\n");
				}
				out.write("\n");
			}
			for (String ddl : store.createSql()) {
				out.write(ddl + ";\n");
			}
			out.write("\n");
			out.write(startGuard(plan));
			if (all) {
				out.write("BEGIN;\n\n");
			}
			for (MigrationStep step : plan.steps()) {
				writeStep(step, all, out);
			}
			if (all) {
				out.write("COMMIT;\n");
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Stops the script (under {@code ON_ERROR_STOP}) before it changes anything unless
	 * the version table records exactly the heads the script starts from. Without it, a
	 * script run against a database at another revision would apply statements there and
	 * its version-table updates would silently match no rows.
	 */
	private String startGuard(MigrationPlan plan) {
		String expected = String.join(",", new TreeSet<>(plan.fromHeads()));
		String recorded = "(SELECT coalesce(string_agg(revision, ',' ORDER BY revision COLLATE \"C\"), '') FROM "
				+ store.versionTable().name() + ")";
		return "-- Stops here unless the database is at " + describe(plan.fromHeads()) + ".\n" + "DO $migrate$\nBEGIN\n"
				+ "    IF " + recorded + " <> " + SqlCommand.literal(expected) + " THEN\n"
				+ "        RAISE EXCEPTION 'migrate: this script starts at %, but the database records %', "
				+ SqlCommand.literal(describe(plan.fromHeads())) + ", coalesce(nullif(" + recorded + ", ''), 'base');\n"
				+ "    END IF;\nEND\n$migrate$;\n\n";
	}

	private void writeStep(MigrationStep step, boolean all, Writer out) throws IOException {
		RevisionScript revision = step.revision();
		boolean transactional = facts.transactional(revision, step.direction());
		out.write("-- " + (step.direction() == Direction.UPGRADE ? "Upgrade" : "Downgrade") + " "
				+ describe(step.headsBefore()) + " -> " + describe(step.headsAfter()) + ": " + revision.id()
				+ (revision.message().isEmpty() ? "" : " (" + revision.message().replace('\n', ' ') + ")")
				+ (transactional ? "" : " [non-transactional]")
				+ (facts.hasAutocommitBlock(revision, step.direction()) ? " [autocommit block]" : "") + "\n");
		if (transactional && !all) {
			out.write("BEGIN;\n");
		}
		writeStatements(step, out);
		if (!transactional && !all) {
			out.write("BEGIN;\n");
		}
		for (SqlCommand change : store.versionTable().changes(step.headsBefore(), step.headsAfter())) {
			out.write(checked(change));
		}
		HistoryRecord row = new HistoryRecord(0, revision.id(), step.direction().label(),
				List.copyOf(step.headsBefore()), List.copyOf(step.headsAfter()), facts.checksum(revision),
				revision.message(), Instant.EPOCH, 0, true, null, null, null, config.appVersion());
		out.write(store.historyTable().offlineInsert(row) + ";\n");
		if (!all) {
			out.write("COMMIT;\n");
		}
		out.write("\n");
	}

	/**
	 * The revision's statements, each terminated. A SQL revision's go straight from its
	 * file to {@code out}, one at a time, so that a script of any size is written without
	 * holding it (see {@code FileSection}). One with an autocommit block is rendered from
	 * its recording, which has the block's {@code COMMIT} and {@code BEGIN}; it is held
	 * in memory anyway (the parser refuses a block in a streamed file).
	 */
	private void writeStatements(MigrationStep step, Writer out) throws IOException {
		if (step.revision().migration() instanceof SqlMigration sql && !sql.hasAutocommitBlock(step.direction())) {
			try {
				sql.forEachStatement(step.direction(), statement -> {
					for (String rendered : dialect.render(sql.toOperation(statement))) {
						write(out, terminated(rendered));
					}
				});
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			return;
		}
		for (String statement : statements(step)) {
			out.write(terminated(statement));
		}
	}

	private static void write(Writer out, String text) {
		try {
			out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> statements(MigrationStep step) {
		RevisionScript revision = step.revision();
		RecordedMigration recorded = facts.recorded(revision, step.direction());
		if (recorded.usesJdbc()) {
			throw new RawJdbcNotRenderableException(revision.id());
		}
		return SqlScriptRenderer.render(recorded.operations(), dialect).statements();
	}

	/**
	 * A version-table statement; one that must touch exactly one row raises an error when
	 * it does not, so that the transaction it is in cannot commit.
	 */
	static String checked(SqlCommand change) {
		if (change.expectedRows() == SqlCommand.ANY_ROWS) {
			return change.render() + ";\n";
		}
		String rendered = change.render();
		return "DO $migrate$\nDECLARE changed bigint;\nBEGIN\n    " + rendered
				+ ";\n    GET DIAGNOSTICS changed = ROW_COUNT;\n    IF changed <> " + change.expectedRows() + " THEN\n"
				+ "        RAISE EXCEPTION 'migrate: % changed % row(s) instead of " + change.expectedRows()
				+ "; the database is not at the revision this script expects', " + SqlCommand.literal(rendered)
				+ ", changed;\n    END IF;\nEND\n$migrate$;\n";
	}

	/**
	 * Ends a statement with {@code ;}. The terminator goes on its own line when the last
	 * line holds a comment, which would otherwise swallow it.
	 */
	static String terminated(String statement) {
		String trimmed = statement.strip();
		if (trimmed.endsWith(";")) {
			return trimmed + "\n";
		}
		int lastLine = trimmed.lastIndexOf('\n');
		String last = trimmed.substring(lastLine + 1);
		return last.contains("--") ? trimmed + "\n;\n" : trimmed + ";\n";
	}

	private static String describe(java.util.Collection<String> heads) {
		return heads.isEmpty() ? "base" : String.join(", ", heads);
	}

}
