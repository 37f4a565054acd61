package dev.migrate.command;

import dev.migrate.ChecksumMismatchException;
import dev.migrate.graph.MigrationPlan;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code upgrade [TARGET]}: under the lock, re-reads the heads, plans from them, refuses edited applied
 * revisions (unless checksum validation is off) and plans that transaction mode {@code all} cannot run,
 * then runs the steps.
 */
public final class UpgradeCommand {

    private final CommandContext context;

    public UpgradeCommand(CommandContext context) {
        this.context = context;
    }

    public UpgradeResult run(String target) {
        long start = System.nanoTime();
        return context.runtime().write("upgrade", target, session -> {
            Set<String> before = session.state().heads();
            MigrationPlan plan = context.graph().planUpgrade(before, target);
            if (context.config().validateChecksums()) {
                List<ChecksumMismatch> mismatches = ChecksumCheck.mismatches(context.graph(), session.state(),
                        context.runtime().facts());
                if (!mismatches.isEmpty()) {
                    throw new ChecksumMismatchException(mismatches);
                }
            }
            TransactionModeCheck.check(plan, context);
            List<AppliedStep> applied = session.run(plan);
            UpgradeResult result = new UpgradeResult(before, plan.isEmpty() ? before : plan.toHeads(), applied, session.lockWait(),
                    Duration.ofNanos(System.nanoTime() - start));
            RunLog.finished("upgrade", result.headsAfter(), applied, result.duration());
            return result;
        });
    }
}
