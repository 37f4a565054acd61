package dev.migrate.cli;

import java.util.List;

/** The commands of CONTRACTS §4 that this build provides, in the order usage lists them. */
final class CliCommands {

    private CliCommands() {
    }

    static List<CliCommand> all() {
        return List.of(new UpgradeCliCommand(), new DowngradeCliCommand(), new StampCliCommand(),
                new CurrentCliCommand(), new HeadsCliCommand(), new BranchesCliCommand(), new ShowCliCommand(),
                new HistoryCliCommand(), new PendingCliCommand(), new VerifyCliCommand());
    }
}
