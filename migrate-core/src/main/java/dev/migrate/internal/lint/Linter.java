package dev.migrate.internal.lint;

import dev.migrate.result.LintFinding;
import dev.migrate.result.LintReport;
import dev.migrate.result.Severity;

import dev.migrate.MigrateException;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.execution.AutocommitBoundary;
import dev.migrate.internal.execution.RawJdbcNotRenderableException;
import dev.migrate.internal.execution.RecordedOperation;
import dev.migrate.internal.execution.RecordingOperationExecutor;
import dev.migrate.internal.execution.RevisionTransactionality;
import dev.migrate.internal.dialect.InvalidIdentifierException;
import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.MigrationStep;
import dev.migrate.internal.lint.rules.IdentifierTooLongRule;
import dev.migrate.internal.lint.rules.IncompleteLintRule;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.SqlMigration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks pending revisions for zero-downtime hazards before anything runs.
 *
 * <p>
 * Every revision, SQL or Java, is linted the same way: its {@code upgrade} runs against a
 * recording executor (no database), each recorded operation is turned into SQL (SQL
 * revisions already are; Java operations are rendered by the PostgreSQL dialect) and each
 * statement goes through the rules in order. Linting rendered SQL rather than operation
 * objects means one set of rules covers both kinds of revision and judges exactly what
 * PostgreSQL will execute.
 *
 * <pre>{@code
 * LintReport report = Linter.builder()
 *         .severity("drop-column", Severity.WARNING)
 *         .engineLockTimeout(config.lockTimeout())
 *         .build()
 *         .lint(pendingRevisions);
 * if (report.hasErrors()) { ... }
 * }</pre>
 */
public final class Linter {

	private final List<LintRule> rules;

	private final Map<String, Severity> severities;

	/** The rules not configured off, computed once: they run for every statement. */
	private final List<LintRule> enabledRules;

	private final boolean engineLockTimeoutEnabled;

	private final boolean engineStatementTimeoutEnabled;

	private final Dialect dialect;

	private Linter(Builder builder) {
		this.rules = List.copyOf(builder.rules.values());
		Map<String, Severity> effective = new LinkedHashMap<>();
		for (LintRule rule : rules) {
			effective.put(rule.id(), rule.defaultSeverity());
		}
		for (Map.Entry<String, Severity> override : builder.overrides.entrySet()) {
			if (!effective.containsKey(override.getKey())) {
				throw new MigrateException("Unknown lint rule '" + override.getKey()
						+ "' in the severity settings; known rules: " + String.join(", ", effective.keySet()));
			}
			effective.put(override.getKey(), Objects.requireNonNull(override.getValue(), "severity"));
		}
		this.severities = Map.copyOf(effective);
		this.enabledRules = rules.stream().filter(rule -> severities.get(rule.id()) != Severity.OFF).toList();
		this.engineLockTimeoutEnabled = builder.engineLockTimeoutEnabled;
		this.engineStatementTimeoutEnabled = builder.engineStatementTimeoutEnabled;
		this.dialect = builder.dialect;
	}

	/**
	 * A linter with the built-in rules at their default severities and the engine's
	 * default lock timeout.
	 */
	public static Linter withDefaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** All rules this linter knows, including those configured {@link Severity#OFF}. */
	public List<LintRule> rules() {
		return rules;
	}

	/** The configured severity of {@code ruleId}. */
	public Severity severityOf(String ruleId) {
		Severity severity = severities.get(ruleId);
		if (severity == null) {
			throw new MigrateException("Unknown lint rule '" + ruleId + "'");
		}
		return severity;
	}

	/** Lints the upgrade steps of {@code plan}, in order. */
	public LintReport lint(MigrationPlan plan) {
		return lint(plan.steps()
			.stream()
			.filter(step -> step.direction() == Direction.UPGRADE)
			.map(MigrationStep::revision)
			.toList());
	}

	/**
	 * Lints {@code revisions}, which must be in the order they will be applied: tables
	 * created by an earlier revision count as existing for the later ones.
	 */
	public LintReport lint(List<RevisionScript> revisions) {
		Map<String, String> tablesCreatedByEarlierRevisions = new HashMap<>();
		NotNullProofs notNullProofs = new NotNullProofs();
		List<LintFinding> findings = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (RevisionScript revision : revisions) {
			ids.add(revision.id());
			RevisionLintContext context = lintRevision(revision, tablesCreatedByEarlierRevisions, notNullProofs,
					findings);
			for (String table : context.newTables()) {
				tablesCreatedByEarlierRevisions.putIfAbsent(table, revision.id());
			}
		}
		return new LintReport(ids, findings);
	}

	private RevisionLintContext lintRevision(RevisionScript revision, Map<String, String> earlierTables,
			NotNullProofs notNullProofs, List<LintFinding> findings) {
		RecordingOperationExecutor recorder = RecordingOperationExecutor.locating(revision.id(), revision.location());
		List<RuleViolation> problems = new ArrayList<>();
		try {
			revision.migration().upgrade(new Operations(recorder));
		}
		catch (RawJdbcNotRenderableException e) {
			problems.add(
					new RuleViolation(IncompleteLintRule.ID,
							incomplete("its upgrade() uses the JDBC "
									+ "connection (a data migration); operations after that call were not linted.",
									null)));
		}
		catch (Exception e) {
			problems
				.add(new RuleViolation(IncompleteLintRule.ID,
						incomplete(
								"its upgrade() threw " + e
										+ " while being recorded; operations after that point were not linted.",
								null)));
		}
		List<LintStatement> statements = new ArrayList<>();
		// For each statement, the transaction it runs in: 0 until the first autocommit
		// block, then one more at each boundary, so that odd numbers are blocks.
		List<Integer> transactions = new ArrayList<>();
		int transaction = 0;
		List<RecordedOperation> recorded = recorder.recorded();
		for (RecordedOperation operation : recorded) {
			if (operation.operation() instanceof AutocommitBoundary) {
				transaction++;
				continue;
			}
			List<LintStatement> rendered = statements(operation, problems);
			statements.addAll(rendered);
			for (int i = 0; i < rendered.size(); i++) {
				transactions.add(transaction);
			}
		}
		statements = withFileSuppressions(revision, statements);
		RevisionLintContext context = new RevisionLintContext(revision.id(), revision.message(), revision.location(),
				RevisionTransactionality.expected(revision.transactional(), recorder.operations(), dialect),
				engineLockTimeoutEnabled, engineStatementTimeoutEnabled, earlierTables, notNullProofs);
		List<RuleViolation> violations = new ArrayList<>();
		for (int i = 0; i < statements.size(); i++) {
			LintStatement statement = statements.get(i);
			context.beforeStatement(transactions.get(i));
			for (LintRule rule : enabledRules()) {
				List<Violation> found = rule.check(statement, context);
				if (!found.isEmpty()) {
					context.reported(rule.id());
				}
				found.forEach(violation -> violations.add(new RuleViolation(rule.id(), violation)));
			}
			context.afterStatement(statement);
		}
		context.beforeStatement(0);
		for (LintRule rule : enabledRules()) {
			rule.checkRevision(context).forEach(violation -> violations.add(new RuleViolation(rule.id(), violation)));
		}
		violations.addAll(problems);
		Suppressions suppressions = new Suppressions(revision, statements, ruleIds());
		findings.addAll(suppressions.apply(violations, this::severityOf, context));
		return context;
	}

	/**
	 * The SQL of one recorded operation. Raw SQL is taken as written (it keeps its file
	 * and line); other operations are rendered by the dialect, exactly as the runtime
	 * will execute them.
	 */
	private List<LintStatement> statements(RecordedOperation recorded, List<RuleViolation> problems) {
		Operation operation = recorded.operation();
		if (operation instanceof ExecuteSql sql) {
			return List.of(LintStatement.of(sql.sql(), recorded.location()));
		}
		// Findings about an operation that produced no statement still point at the line
		// that issued it.
		LintStatement anchor = LintStatement.of("", recorded.location());
		try {
			return dialect.render(operation).stream().map(sql -> LintStatement.of(sql, recorded.location())).toList();
		}
		catch (InvalidIdentifierException e) {
			if (e.reason() == InvalidIdentifierException.Reason.TOO_LONG) {
				// The dialect refuses names PostgreSQL would truncate: that is this
				// rule's finding, not a lint gap.
				problems.add(new RuleViolation(IdentifierTooLongRule.ID,
						new Violation(e.getMessage(), "Choose a name of at most 63 bytes (UTF-8).", anchor)));
			}
			else {
				problems.add(notRendered(operation, e, anchor));
			}
		}
		catch (MigrateException e) {
			problems.add(notRendered(operation, e, anchor));
		}
		return List.of();
	}

	private static RuleViolation notRendered(Operation operation, MigrateException e, LintStatement anchor) {
		return new RuleViolation(IncompleteLintRule.ID, incomplete("operation " + operation.getClass().getSimpleName()
				+ " could not be rendered to SQL (" + e.getMessage() + "), so it was not linted.", anchor));
	}

	private static List<LintStatement> withFileSuppressions(RevisionScript revision, List<LintStatement> statements) {
		if (revision.migration() instanceof SqlMigration sql) {
			return FileSuppressions.attach(statements, revision.location().file(), sql.upgradeText(),
					sql.upgradeFirstLine());
		}
		return statements;
	}

	private static Violation incomplete(String what, LintStatement statement) {
		return new Violation("The revision could not be linted completely: " + what,
				"Review the unlinted part by hand, or move schema changes into operations (or a SQL revision) "
						+ "and keep the data migration in a revision of its own.",
				statement);
	}

	private List<LintRule> enabledRules() {
		return enabledRules;
	}

	private List<String> ruleIds() {
		return rules.stream().map(LintRule::id).toList();
	}

	/** Configures a {@link Linter}. */
	public static final class Builder {

		private final Map<String, LintRule> rules = new LinkedHashMap<>();

		private final Map<String, Severity> overrides = new LinkedHashMap<>();

		private boolean engineLockTimeoutEnabled = true;

		private boolean engineStatementTimeoutEnabled;

		private Dialect dialect = new PostgresDialect();

		private Builder() {
			LintRules.builtIn().forEach(this::rule);
		}

		/** Adds a rule (or replaces the built-in rule with the same id). */
		public Builder rule(LintRule rule) {
			rules.put(rule.id(), rule);
			return this;
		}

		/** Overrides the severity of one rule; {@link Severity#OFF} disables it. */
		public Builder severity(String ruleId, Severity severity) {
			overrides.put(ruleId, severity);
			return this;
		}

		/**
		 * Overrides severities, e.g. from {@code migrate.lint.rules.*}. Unknown rule ids
		 * fail {@link #build()}.
		 */
		public Builder severities(Map<String, Severity> severities) {
			overrides.putAll(severities);
			return this;
		}

		/**
		 * The engine's {@code lock-timeout} setting: when zero (disabled), revisions that
		 * lock existing tables without setting {@code lock_timeout} themselves are
		 * reported.
		 */
		public Builder engineLockTimeout(Duration lockTimeout) {
			this.engineLockTimeoutEnabled = lockTimeout != null && !lockTimeout.isZero() && !lockTimeout.isNegative();
			return this;
		}

		/**
		 * The engine's {@code statement-timeout} setting (off by default, like the
		 * engine's): when zero, revisions that lock existing tables without setting
		 * {@code statement_timeout} themselves are reported
		 * ({@code require-statement-timeout}).
		 */
		public Builder engineStatementTimeout(@Nullable Duration statementTimeout) {
			this.engineStatementTimeoutEnabled = statementTimeout != null && !statementTimeout.isZero()
					&& !statementTimeout.isNegative();
			return this;
		}

		public Linter build() {
			return new Linter(this);
		}

	}

}
