package dev.migrate.internal.command;

import dev.migrate.internal.runtime.DatabaseState;
import dev.migrate.internal.runtime.UnfinishedStep;
import dev.migrate.result.FailedStep;
import java.util.List;

/** Maps the runtime's unfinished-step rows to the plain result records. */
final class FailedSteps {

	private FailedSteps() {
	}

	static List<FailedStep> of(DatabaseState state) {
		return of(state.unfinished());
	}

	static List<FailedStep> of(List<UnfinishedStep> unfinished) {
		return unfinished.stream()
			.map(step -> new FailedStep(step.revision(), step.direction(), step.startedAt(), step.error(),
					step.completedStatements()))
			.toList();
	}

}
