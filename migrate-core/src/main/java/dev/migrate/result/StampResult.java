package dev.migrate.result;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What {@code stamp} did: the version table now names {@code headsAfter}; no revision
 * ran.
 *
 * @param headsBefore recorded heads before
 * @param headsAfter recorded heads after
 * @param purged whether the version table was emptied first ({@code --purge})
 */
public record StampResult(Set<String> headsBefore, Set<String> headsAfter, boolean purged) {

	public StampResult {
		headsBefore = Collections.unmodifiableSet(new LinkedHashSet<>(headsBefore));
		headsAfter = Collections.unmodifiableSet(new LinkedHashSet<>(headsAfter));
	}

	public boolean changed() {
		return !headsBefore.equals(headsAfter);
	}
}
