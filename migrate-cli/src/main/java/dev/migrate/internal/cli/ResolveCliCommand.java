package dev.migrate.internal.cli;

import dev.migrate.Migrate;
import dev.migrate.Resolution;
import dev.migrate.cli.ExitCode;
import dev.migrate.result.ResolveResult;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code resolve REV (--applied | --rolled-back | --accept-checksum)}: records an
 * operator's decision about a failed or interrupted non-transactional step, or accepts an
 * edited applied revision, with who and when in the history.
 */
final class ResolveCliCommand extends AbstractCliCommand {

	private static final CommandOption APPLIED = CommandOption.flag(Resolution.APPLIED.option(),
			"the step's changes are all in place (remaining statements finished by hand)");

	private static final CommandOption ROLLED_BACK = CommandOption.flag(Resolution.ROLLED_BACK.option(),
			"the step's completed statements were undone by hand; the next upgrade runs it again");

	private static final CommandOption ACCEPT_CHECKSUM = CommandOption.flag(Resolution.ACCEPT_CHECKSUM.option(),
			"the applied revision was edited on purpose: record its current checksum");

	ResolveCliCommand() {
		super("resolve", "REV (--applied | --rolled-back | --accept-checksum)",
				"record an operator's decision about a failed/interrupted step or an edited applied revision",
				List.of(APPLIED, ROLLED_BACK, ACCEPT_CHECKSUM), 1, 1);
	}

	@Override
	public int run(Migrate engine, CommandArguments arguments, PrintStream out) {
		List<Resolution> chosen = Arrays.stream(Resolution.values())
			.filter(resolution -> arguments.has(resolution.option()))
			.toList();
		if (chosen.size() != 1) {
			throw new UsageException("resolve needs exactly one of --applied, --rolled-back or --accept-checksum",
					"resolve");
		}
		ResolveResult result = engine.resolve(arguments.positionals().get(0), chosen.get(0));
		switch (result.resolution()) {
			case APPLIED -> out.println("Recorded " + result.revision() + " as applied; database at "
					+ RevisionFormat.heads(result.headsAfter()));
			case ROLLED_BACK ->
				out.println("Recorded " + result.revision() + " as rolled back; the next upgrade runs it again from "
						+ RevisionFormat.heads(result.headsAfter()));
			case ACCEPT_CHECKSUM -> out.println("Accepted the current checksum of " + result.revision());
		}
		return ExitCode.OK;
	}

}
