package dev.migrate.internal.graph;

import dev.migrate.IrreversibleMigrationException;
import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plans a downgrade. A position names what stays: a revision stays applied together with
 * everything it needs, and everything applied that was built on its children goes (over
 * parent and depends-on edges, so revisions on other branches that depend on a removed
 * revision go first); below a base, that base and everything built on it goes;
 * {@code base} removes everything. Revisions are undone in reverse canonical order, so
 * dependents always go before what they depend on.
 */
final class DowngradePlanner {

	private final RevisionIndex index;

	DowngradePlanner(RevisionIndex index) {
		this.index = index;
	}

	/**
	 * @throws TargetNotAppliedException when a target revision is not applied
	 * @throws IrreversibleMigrationException when a revision to undo declares no
	 * downgrade
	 */
	MigrationPlan plan(AppliedState state, List<Position> targets, String targetText) {
		int[] roots = roots(state, targets, targetText);
		boolean[] removed = appliedDescendants(state.applied, roots);
		List<Integer> undo = new ArrayList<>();
		for (int i = index.order.length - 1; i >= 0; i--) {
			if (removed[index.order[i]]) {
				undo.add(index.order[i]);
			}
		}
		rejectIrreversible(undo);
		return steps(state, undo);
	}

	/**
	 * The applied revisions whose removal (with everything built on them) reaches the
	 * targets.
	 */
	private int[] roots(AppliedState state, List<Position> targets, String targetText) {
		List<Integer> roots = new ArrayList<>();
		for (Position target : targets) {
			switch (target.kind()) {
				case REVISION:
					int revision = target.revision();
					if (!state.applied[revision]) {
						throw new TargetNotAppliedException(targetText, index.ids[revision], index.idsOf(state.heads));
					}
					for (int child : index.children[revision]) {
						roots.add(child);
					}
					break;
				case BELOW:
					roots.add(target.revision());
					break;
				default:
					for (int base : index.bases) {
						roots.add(base);
					}
			}
		}
		return roots.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * The applied revisions reachable from the roots over children and dependents. The
	 * applied set is closed under ancestors, so a revision built on something unapplied
	 * is unapplied itself and the walk can stop at the first unapplied revision.
	 */
	private boolean[] appliedDescendants(boolean[] applied, int[] roots) {
		boolean[] marked = new boolean[index.size()];
		int[] stack = new int[index.size()];
		int top = 0;
		for (int root : roots) {
			if (applied[root] && !marked[root]) {
				marked[root] = true;
				stack[top++] = root;
			}
		}
		while (top > 0) {
			int node = stack[--top];
			top = pushApplied(index.children[node], applied, marked, stack, top);
			top = pushApplied(index.dependents[node], applied, marked, stack, top);
		}
		return marked;
	}

	private static int pushApplied(int[] next, boolean[] applied, boolean[] marked, int[] stack, int top) {
		for (int n : next) {
			if (applied[n] && !marked[n]) {
				marked[n] = true;
				stack[top++] = n;
			}
		}
		return top;
	}

	/**
	 * Fails before anything runs, naming the first revision in execution order that
	 * cannot be undone.
	 */
	private void rejectIrreversible(List<Integer> undo) {
		for (int revision : undo) {
			RevisionScript script = index.scripts[revision];
			if (!script.downgradable()) {
				throw new IrreversibleMigrationException("Cannot downgrade through revision " + script.id() + " ("
						+ script.location() + "): it declares no downgrade. Nothing was run. Choose a target at or"
						+ " above " + script.id() + ", or give the revision a downgrade (an empty downgrade section"
						+ " is an explicit no-op).", script.id(), script.location());
			}
		}
	}

	private MigrationPlan steps(AppliedState state, List<Integer> undo) {
		boolean[] applied = state.applied.clone();
		int[] appliedChildren = new int[index.size()];
		for (int i = 0; i < applied.length; i++) {
			if (applied[i]) {
				for (int parent : index.parents[i]) {
					appliedChildren[parent]++;
				}
			}
		}
		HeadTracker heads = new HeadTracker(index, state.heads);
		Set<String> from = heads.snapshot();
		Set<String> before = from;
		List<MigrationStep> steps = new ArrayList<>(undo.size());
		for (int revision : undo) {
			applied[revision] = false;
			for (int parent : index.parents[revision]) {
				appliedChildren[parent]--;
			}
			heads.downgrade(revision, applied, appliedChildren);
			Set<String> after = heads.snapshot();
			steps.add(new MigrationStep(index.scripts[revision], Direction.DOWNGRADE, before, after));
			before = after;
		}
		return new MigrationPlan(Direction.DOWNGRADE, from, before, steps);
	}

}
