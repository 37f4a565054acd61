package dev.migrate.internal.graph;

import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The database's position in the graph: the heads its version table records and the set
 * of applied revisions they imply (their closure over parents and depends-on).
 */
final class AppliedState {

	/** The recorded heads, in id order. */
	final int[] heads;

	final boolean[] applied;

	private AppliedState(int[] heads, boolean[] applied) {
		this.heads = heads;
		this.applied = applied;
	}

	/** A database with nothing applied. */
	static AppliedState empty(RevisionIndex index) {
		return new AppliedState(new int[0], new boolean[index.size()]);
	}

	/**
	 * The state in which exactly the closure of {@code revisions} is applied, with
	 * canonical heads.
	 */
	static AppliedState upTo(RevisionIndex index, int[] revisions) {
		boolean[] applied = index.closure(revisions);
		return new AppliedState(index.maximal(applied), applied);
	}

	/**
	 * The state recorded in a version table, validated.
	 * @throws UnknownCurrentHeadException when a recorded id is not a revision
	 * @throws OverlappingHeadsException when a recorded head is an ancestor of another
	 * recorded head
	 */
	static AppliedState recorded(RevisionIndex index, Collection<String> currentHeads) {
		Objects.requireNonNull(currentHeads, "currentHeads");
		TreeSet<Integer> sorted = new TreeSet<>();
		for (String id : currentHeads) {
			Objects.requireNonNull(id, "current head");
			int head = index.indexOf(id);
			if (head < 0) {
				throw new UnknownCurrentHeadException(id);
			}
			sorted.add(head);
		}
		int[] heads = sorted.stream().mapToInt(Integer::intValue).toArray();
		boolean[] applied = index.closure(heads);
		for (int head : heads) {
			for (int child : index.children[head]) {
				if (applied[child]) {
					throw OverlappingHeadsException.recorded(index.ids[head],
							index.ids[headNeeding(index, heads, child)]);
				}
			}
		}
		return new AppliedState(heads, applied);
	}

	/**
	 * A recorded head whose closure contains {@code revision}. Only called on the error
	 * path, so it may recompute closures.
	 */
	private static int headNeeding(RevisionIndex index, int[] heads, int revision) {
		for (int head : heads) {
			if (index.closure(new int[] { head })[revision]) {
				return head;
			}
		}
		throw new IllegalStateException(index.ids[revision] + " is applied but no recorded head needs it");
	}

}
