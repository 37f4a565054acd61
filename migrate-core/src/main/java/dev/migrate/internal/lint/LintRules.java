package dev.migrate.internal.lint;

import dev.migrate.internal.lint.rules.AddPrimaryKeyRule;
import dev.migrate.internal.lint.rules.AddUniqueConstraintRule;
import dev.migrate.internal.lint.rules.ChangeColumnTypeRule;
import dev.migrate.internal.lint.rules.CheckWithoutNotValidRule;
import dev.migrate.internal.lint.rules.ClusterRule;
import dev.migrate.internal.lint.rules.ConcurrentlyInTransactionRule;
import dev.migrate.internal.lint.rules.CreateIndexNonConcurrentlyRule;
import dev.migrate.internal.lint.rules.DropColumnRule;
import dev.migrate.internal.lint.rules.DropIndexNonConcurrentlyRule;
import dev.migrate.internal.lint.rules.DropTableRule;
import dev.migrate.internal.lint.rules.ExpandAndContractTogetherRule;
import dev.migrate.internal.lint.rules.ForeignKeyWithoutNotValidRule;
import dev.migrate.internal.lint.rules.IdentifierTooLongRule;
import dev.migrate.internal.lint.rules.IncompleteLintRule;
import dev.migrate.internal.lint.rules.InvalidLintIgnoreRule;
import dev.migrate.internal.lint.rules.MissingLockTimeoutRule;
import dev.migrate.internal.lint.rules.NotNullColumnWithoutDefaultRule;
import dev.migrate.internal.lint.rules.PreferIdentityRule;
import dev.migrate.internal.lint.rules.PreferJsonbRule;
import dev.migrate.internal.lint.rules.PreferTextOverCharRule;
import dev.migrate.internal.lint.rules.PreferTimestamptzRule;
import dev.migrate.internal.lint.rules.RenameColumnRule;
import dev.migrate.internal.lint.rules.RenameTableRule;
import dev.migrate.internal.lint.rules.RevisionWithoutMessageRule;
import dev.migrate.internal.lint.rules.TransactionNestingRule;
import dev.migrate.internal.lint.rules.SetNotNullRule;
import dev.migrate.internal.lint.rules.UnusedLintIgnoreRule;
import dev.migrate.internal.lint.rules.VacuumFullRule;
import dev.migrate.internal.lint.rules.VolatileDefaultRule;
import dev.migrate.internal.lint.rules.ValidateConstraintInSameTransactionRule;
import dev.migrate.internal.lint.rules.BanDropDatabaseRule;
import dev.migrate.internal.lint.rules.BanTruncateCascadeRule;
import dev.migrate.internal.lint.rules.RequireConcurrentReindexRule;
import dev.migrate.internal.lint.rules.RequireConcurrentPartitionDetachRule;
import dev.migrate.internal.lint.rules.BanDropNotNullRule;
import dev.migrate.internal.lint.rules.BanCreateDomainWithConstraintRule;
import dev.migrate.internal.lint.rules.BanAlterDomainWithAddConstraintRule;
import dev.migrate.internal.lint.rules.RequireEnumValueOrderingRule;
import dev.migrate.internal.lint.rules.BanDuplicateColumnAssignmentsRule;
import dev.migrate.internal.lint.rules.PreferBigintOverIntRule;
import dev.migrate.internal.lint.rules.PreferBigintOverSmallintRule;
import dev.migrate.internal.lint.rules.PreferTextFieldRule;
import dev.migrate.internal.lint.rules.BanUncommittedTransactionRule;
import dev.migrate.internal.lint.rules.RequireTableSchemaRule;
import dev.migrate.internal.lint.rules.RequireStatementTimeoutRule;
import dev.migrate.internal.lint.rules.PreferRobustStmtsRule;
import java.util.List;

/** The built-in rules. */
public final class LintRules {

	private LintRules() {
	}

	/** Every built-in rule, in the order findings of one statement are reported. */
	public static List<LintRule> builtIn() {
		return List.of(new NotNullColumnWithoutDefaultRule(), new VolatileDefaultRule(), new SetNotNullRule(),
				new DropColumnRule(), new DropTableRule(), new RenameColumnRule(), new RenameTableRule(),
				new ChangeColumnTypeRule(), new CreateIndexNonConcurrentlyRule(), new DropIndexNonConcurrentlyRule(),
				new ConcurrentlyInTransactionRule(), new TransactionNestingRule(), new ForeignKeyWithoutNotValidRule(),
				new CheckWithoutNotValidRule(), new ValidateConstraintInSameTransactionRule(),
				new AddUniqueConstraintRule(), new AddPrimaryKeyRule(), new BanDropNotNullRule(),
				new RequireConcurrentReindexRule(), new RequireConcurrentPartitionDetachRule(), new VacuumFullRule(),
				new ClusterRule(), new BanDropDatabaseRule(), new BanTruncateCascadeRule(),
				new BanCreateDomainWithConstraintRule(), new BanAlterDomainWithAddConstraintRule(),
				new BanDuplicateColumnAssignmentsRule(), new BanUncommittedTransactionRule(),
				new PreferRobustStmtsRule(), new IdentifierTooLongRule(), new PreferTextOverCharRule(),
				new PreferTextFieldRule(), new PreferBigintOverIntRule(), new PreferBigintOverSmallintRule(),
				new PreferTimestamptzRule(), new PreferIdentityRule(), new PreferJsonbRule(),
				new RequireEnumValueOrderingRule(), new RequireTableSchemaRule(), new RevisionWithoutMessageRule(),
				new ExpandAndContractTogetherRule(), new MissingLockTimeoutRule(), new RequireStatementTimeoutRule(),
				new InvalidLintIgnoreRule(), new UnusedLintIgnoreRule(), new IncompleteLintRule());
	}

}
