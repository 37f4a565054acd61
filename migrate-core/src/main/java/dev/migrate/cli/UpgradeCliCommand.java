package dev.migrate.cli;

import dev.migrate.Migrate;
import dev.migrate.command.AppliedStep;
import dev.migrate.command.UpgradeResult;
import java.io.PrintStream;
import java.util.List;

/** {@code upgrade [TARGET] [--sql]}: runs the revisions up to TARGET (default {@code heads}). */
final class UpgradeCliCommand extends AbstractCliCommand {

    UpgradeCliCommand() {
        super("upgrade", "[TARGET] [--sql]", "upgrade to TARGET (default heads); --sql prints the SQL instead",
                List.of(SQL), 0, 1);
    }

    @Override
    public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
        String target = arguments.positional(0, Migrate.HEADS);
        if (arguments.has(SQL.name())) {
            SqlOutput.write(out, writer -> engine.upgradeSql(target, writer));
            return ExitCode.OK;
        }
        UpgradeResult result = engine.upgrade(target);
        printSteps(out, result.applied());
        out.println((result.upToDate() ? "Already at " : "Now at ") + RevisionFormat.heads(result.headsAfter()));
        return ExitCode.OK;
    }

    /** {@code upgrade 3a8f1c2d4b7e -> 9c3e5f8a1d2b, add phone_number to users (12 ms)}, one per step. */
    static void printSteps(PrintStream out, List<AppliedStep> steps) {
        for (AppliedStep step : steps) {
            out.println(step.direction().label() + " " + RevisionFormat.heads(step.headsBefore()) + " -> "
                    + RevisionFormat.heads(step.headsAfter()) + (step.message() == null || step.message().isEmpty()
                            ? "" : ", " + step.message())
                    + " (" + step.duration().toMillis() + " ms)");
        }
    }
}
