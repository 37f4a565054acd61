package dev.migrate.internal.command;

import dev.migrate.result.ChecksumMismatch;
import dev.migrate.result.VerifyResult;

import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.MigrationStep;
import dev.migrate.internal.graph.Target;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.runtime.DatabaseState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code verify}: pending steps and edited applied revisions, as a result (never thrown)
 * so the CLI, health indicator and endpoint share it. Checksums are compared unless
 * validation is switched off, in which case the edits have been accepted and are not
 * reported either. A database ahead of this release is reported in the result and handled
 * by {@code on-ahead} (warn logs, fail throws); a diverged one is refused with the
 * unknown and the missing revisions.
 */
public final class VerifyCommand {

	private final CommandContext context;

	public VerifyCommand(CommandContext context) {
		this.context = context;
	}

	public VerifyResult run() {
		Read read = context.runtime().read((connection, store) -> {
			DatabaseState state = store.readForPlanning(connection);
			return new Read(state,
					DatabasePosition.of(context.graph(), state.heads(), () -> store.readHistory(connection)));
		});
		DatabaseState state = read.state();
		DatabasePosition position = read.position();
		position.check(context.config().onAhead(), "verify");
		MigrationPlan plan = context.graph().planUpgrade(position.known(), Target.HEADS);
		List<ChecksumMismatch> mismatches = context.config().validateChecksums()
				? ChecksumCheck.mismatches(context.graph(), position.known(), state, context.runtime().facts())
				: List.of();
		Set<String> heads = context.graph()
			.heads()
			.stream()
			.map(RevisionScript::id)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return new VerifyResult(state.heads(), heads, plan.steps().stream().map(MigrationStep::planned).toList(),
				mismatches, FailedSteps.of(state), position.ahead());
	}

	private record Read(DatabaseState state, DatabasePosition position) {
	}

}
