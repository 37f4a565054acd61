package dev.migrate.result;

import dev.migrate.Resolution;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What {@code resolve} recorded. The decision itself, with the database user and time, is
 * a history row with direction {@code resolve}.
 *
 * @param revision the revision resolved
 * @param resolution the decision
 * @param headsBefore recorded heads before
 * @param headsAfter recorded heads after (they change only for
 * {@link Resolution#APPLIED})
 */
public record ResolveResult(String revision, Resolution resolution, Set<String> headsBefore, Set<String> headsAfter) {

	public ResolveResult {
		headsBefore = Collections.unmodifiableSet(new LinkedHashSet<>(headsBefore));
		headsAfter = Collections.unmodifiableSet(new LinkedHashSet<>(headsAfter));
	}

}
