package dev.migrate.lint;

import dev.migrate.lint.rules.AddPrimaryKeyRule;
import dev.migrate.lint.rules.AddUniqueConstraintRule;
import dev.migrate.lint.rules.ChangeColumnTypeRule;
import dev.migrate.lint.rules.CheckWithoutNotValidRule;
import dev.migrate.lint.rules.ClusterRule;
import dev.migrate.lint.rules.ConcurrentlyInTransactionRule;
import dev.migrate.lint.rules.CreateIndexNonConcurrentlyRule;
import dev.migrate.lint.rules.DropColumnRule;
import dev.migrate.lint.rules.DropIndexNonConcurrentlyRule;
import dev.migrate.lint.rules.DropTableRule;
import dev.migrate.lint.rules.ExpandAndContractTogetherRule;
import dev.migrate.lint.rules.ForeignKeyWithoutNotValidRule;
import dev.migrate.lint.rules.IdentifierTooLongRule;
import dev.migrate.lint.rules.IncompleteLintRule;
import dev.migrate.lint.rules.InvalidLintIgnoreRule;
import dev.migrate.lint.rules.MissingLockTimeoutRule;
import dev.migrate.lint.rules.NotNullColumnWithoutDefaultRule;
import dev.migrate.lint.rules.PreferIdentityRule;
import dev.migrate.lint.rules.PreferJsonbRule;
import dev.migrate.lint.rules.PreferTextOverCharRule;
import dev.migrate.lint.rules.PreferTimestamptzRule;
import dev.migrate.lint.rules.RenameColumnRule;
import dev.migrate.lint.rules.RenameTableRule;
import dev.migrate.lint.rules.RevisionWithoutMessageRule;
import dev.migrate.lint.rules.SetNotNullRule;
import dev.migrate.lint.rules.UnusedLintIgnoreRule;
import dev.migrate.lint.rules.VacuumFullRule;
import dev.migrate.lint.rules.VolatileDefaultRule;
import java.util.List;

/** The built-in rules. */
public final class LintRules {

    private LintRules() {
    }

    /** Every built-in rule, in the order findings of one statement are reported. */
    public static List<LintRule> builtIn() {
        return List.of(
                new NotNullColumnWithoutDefaultRule(),
                new VolatileDefaultRule(),
                new SetNotNullRule(),
                new DropColumnRule(),
                new DropTableRule(),
                new RenameColumnRule(),
                new RenameTableRule(),
                new ChangeColumnTypeRule(),
                new CreateIndexNonConcurrentlyRule(),
                new DropIndexNonConcurrentlyRule(),
                new ConcurrentlyInTransactionRule(),
                new ForeignKeyWithoutNotValidRule(),
                new CheckWithoutNotValidRule(),
                new AddUniqueConstraintRule(),
                new AddPrimaryKeyRule(),
                new VacuumFullRule(),
                new ClusterRule(),
                new IdentifierTooLongRule(),
                new PreferTextOverCharRule(),
                new PreferTimestamptzRule(),
                new PreferIdentityRule(),
                new PreferJsonbRule(),
                new RevisionWithoutMessageRule(),
                new ExpandAndContractTogetherRule(),
                new MissingLockTimeoutRule(),
                new InvalidLintIgnoreRule(),
                new UnusedLintIgnoreRule(),
                new IncompleteLintRule());
    }
}
