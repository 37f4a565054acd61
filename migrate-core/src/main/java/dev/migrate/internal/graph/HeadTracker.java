package dev.migrate.internal.graph;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version table's rows while a plan is built, one step at a time. Heads are kept in
 * id order so the head sets in steps and plans are deterministic. Each change touches
 * only the revision and its direct edges, so a plan costs time proportional to its steps,
 * not steps times graph size.
 */
final class HeadTracker {

	private final RevisionIndex index;

	private final TreeSet<Integer> heads = new TreeSet<>();

	HeadTracker(RevisionIndex index, int[] initialHeads) {
		this.index = index;
		for (int head : initialHeads) {
			heads.add(head);
		}
	}

	/**
	 * Upgrading {@code revision}: it replaces those of its parents that were heads, or is
	 * added.
	 */
	void upgrade(int revision) {
		for (int parent : index.parents[revision]) {
			heads.remove(parent);
		}
		heads.add(revision);
	}

	/**
	 * Downgrading {@code revision}: it is removed, and each parent or dependency that is
	 * still applied and now has no applied child becomes a head again.
	 * @param applied the applied set, already without {@code revision}
	 * @param appliedChildren per revision, how many of its children are applied, already
	 * updated
	 */
	void downgrade(int revision, boolean[] applied, int[] appliedChildren) {
		heads.remove(revision);
		restore(index.parents[revision], applied, appliedChildren);
		restore(index.dependsOn[revision], applied, appliedChildren);
	}

	private void restore(int[] candidates, boolean[] applied, int[] appliedChildren) {
		for (int candidate : candidates) {
			if (applied[candidate] && appliedChildren[candidate] == 0) {
				heads.add(candidate);
			}
		}
	}

	/** The current heads as ids, in id order; a fresh set each call. */
	Set<String> snapshot() {
		Set<String> ids = new LinkedHashSet<>();
		for (int head : heads) {
			ids.add(index.ids[head]);
		}
		return ids;
	}

}
