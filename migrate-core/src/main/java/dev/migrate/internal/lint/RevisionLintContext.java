package dev.migrate.internal.lint;

import dev.migrate.internal.lint.sql.AlterTable;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.CreateIndex;
import dev.migrate.internal.lint.sql.CreateTable;
import dev.migrate.internal.lint.sql.SetLockTimeout;
import dev.migrate.internal.lint.sql.SetStatementTimeout;
import dev.migrate.result.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules know about the revision being linted, as of the statement being checked.
 *
 * <p>
 * A table is <em>existing</em> unless this revision created it earlier on: tables created
 * by an earlier revision (pending or already applied) may hold rows and serve traffic by
 * the time this revision runs, so locks and rewrites on them matter. Tables created by
 * earlier pending revisions are remembered only to say so in messages.
 */
public final class RevisionLintContext {

	private final String revisionId;

	private final String message;

	private final SourceLocation location;

	private final boolean transactional;

	private final boolean engineLockTimeoutEnabled;

	private final boolean engineStatementTimeoutEnabled;

	private final Map<String, String> tablesCreatedByEarlierRevisions;

	private final NotNullProofs notNullProofs;

	private final Set<String> newTables = new HashSet<>();

	private final Set<String> newIndexes = new HashSet<>();

	private final Set<String> reportedRules = new HashSet<>();

	private final List<LintStatement> statements = new ArrayList<>();

	private boolean lockTimeoutSet;

	/**
	 * The transaction the current statement runs in (0 before the first autocommit block,
	 * odd inside a block).
	 */
	private int transaction;

	/** How many statements ran before the current transaction began. */
	private int transactionStart;

	private boolean statementTimeoutSet;

	RevisionLintContext(String revisionId, String message, SourceLocation location, boolean transactional,
			boolean engineLockTimeoutEnabled, boolean engineStatementTimeoutEnabled,
			Map<String, String> tablesCreatedByEarlierRevisions, NotNullProofs notNullProofs) {
		this.revisionId = revisionId;
		this.message = message;
		this.location = location;
		this.transactional = transactional;
		this.engineLockTimeoutEnabled = engineLockTimeoutEnabled;
		this.engineStatementTimeoutEnabled = engineStatementTimeoutEnabled;
		this.tablesCreatedByEarlierRevisions = tablesCreatedByEarlierRevisions;
		this.notNullProofs = notNullProofs;
	}

	public String revisionId() {
		return revisionId;
	}

	/** The revision's message; empty when it has none. */
	public String message() {
		return message;
	}

	/** Where the revision is defined. */
	public SourceLocation location() {
		return location;
	}

	/**
	 * Whether the current statement runs inside a transaction: the revision is
	 * transactional and the statement is not in one of its autocommit blocks. (In
	 * {@link LintRule#checkRevision}: whether the revision is transactional.)
	 */
	public boolean transactional() {
		return transactional && !inAutocommitBlock();
	}

	/**
	 * Whether the current statement is in an autocommit block of a transactional
	 * revision: it commits on its own, and what ran before the block has committed.
	 */
	public boolean inAutocommitBlock() {
		return transactional && transaction % 2 == 1;
	}

	/**
	 * The statements checked so far that ran in the current statement's transaction:
	 * those since the last autocommit block boundary.
	 */
	public List<LintStatement> statementsInThisTransaction() {
		return Collections.unmodifiableList(statements.subList(transactionStart, statements.size()));
	}

	/**
	 * Whether the engine sets {@code lock_timeout} for revision statements
	 * ({@code migrate.lock-timeout} > 0).
	 */
	public boolean engineLockTimeoutEnabled() {
		return engineLockTimeoutEnabled;
	}

	/**
	 * Whether the revision set a non-zero {@code lock_timeout} itself before the current
	 * statement.
	 */
	public boolean lockTimeoutSet() {
		return lockTimeoutSet;
	}

	/**
	 * Whether the engine sets {@code statement_timeout} for revision statements
	 * ({@code migrate.statement-timeout} > 0).
	 */
	public boolean engineStatementTimeoutEnabled() {
		return engineStatementTimeoutEnabled;
	}

	/**
	 * Whether the revision set a non-zero {@code statement_timeout} itself before the
	 * current statement.
	 */
	public boolean statementTimeoutSet() {
		return statementTimeoutSet;
	}

	/**
	 * Whether a validated {@code CHECK (column IS NOT NULL)} on {@code table} is known
	 * from the linted revisions so far (this one up to the current statement, and the
	 * earlier ones), so that {@code SET NOT NULL} needs no scan on PostgreSQL 12+.
	 */
	public boolean provenNotNull(String table, String column) {
		return notNullProofs.proves(table, column);
	}

	/**
	 * True when {@code table} was created earlier in this revision, so nobody else can be
	 * using it.
	 */
	public boolean isNewTable(String table) {
		return newTables.contains(table);
	}

	/** True when {@code table} was not created earlier in this revision. */
	public boolean isExistingTable(String table) {
		return !isNewTable(table);
	}

	/**
	 * True when {@code index} was created earlier in this revision (or belongs to a table
	 * that was).
	 */
	public boolean isNewIndex(String index) {
		return newIndexes.contains(index);
	}

	/** The earlier pending revision that creates {@code table}, when there is one. */
	public Optional<String> createdByEarlierRevision(String table) {
		return Optional.ofNullable(tablesCreatedByEarlierRevisions.get(table));
	}

	/**
	 * {@code "users"}, or {@code "users" (created by revision 3a8f1c2d4b7e)} for
	 * messages.
	 */
	public String describeTable(String table) {
		return createdByEarlierRevision(table)
			.map(revision -> "\"" + table + "\" (created by revision " + revision + ")")
			.orElse("\"" + table + "\"");
	}

	/**
	 * True when {@code ruleId} already reported something in this revision (for
	 * once-per-revision rules).
	 */
	public boolean alreadyReported(String ruleId) {
		return reportedRules.contains(ruleId);
	}

	/** The statements checked so far; in {@link LintRule#checkRevision} all of them. */
	public List<LintStatement> statements() {
		return Collections.unmodifiableList(statements);
	}

	/** Tables this revision created, as of now. */
	Set<String> newTables() {
		return Collections.unmodifiableSet(newTables);
	}

	/**
	 * Called before each statement with the transaction it runs in (see
	 * {@link #inAutocommitBlock}); 0 before the revision-wide checks.
	 */
	void beforeStatement(int statementTransaction) {
		if (statementTransaction != transaction) {
			transactionStart = statements.size();
		}
		transaction = statementTransaction;
	}

	void reported(String ruleId) {
		reportedRules.add(ruleId);
	}

	/**
	 * Records what {@code statement} did, so later statements see its tables and
	 * settings.
	 */
	void afterStatement(LintStatement statement) {
		statements.add(statement);
		notNullProofs.record(statement);
		if (statement.ddl() instanceof CreateTable create) {
			newTables.add(create.table());
		}
		else if (statement.ddl() instanceof CreateIndex index && index.name() != null) {
			newIndexes.add(index.name());
		}
		else if (statement.ddl() instanceof SetLockTimeout timeout) {
			lockTimeoutSet = timeout.enabled();
		}
		else if (statement.ddl() instanceof SetStatementTimeout timeout) {
			statementTimeoutSet = timeout.enabled();
		}
		else if (statement.ddl() instanceof AlterTable alter) {
			for (AlterTableAction action : alter.actions()) {
				if (action.kind() == AlterTableAction.Kind.RENAME_TABLE && action.newName() != null
						&& newTables.remove(alter.table())) {
					newTables.add(action.newName());
				}
			}
		}
	}

}
