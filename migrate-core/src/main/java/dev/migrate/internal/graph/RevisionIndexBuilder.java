package dev.migrate.internal.graph;

import dev.migrate.internal.revision.RevisionIds;
import dev.migrate.internal.revision.RevisionScript;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates a collection of revisions and builds the {@link RevisionIndex}. Every check
 * runs before the index exists, in a fixed order (ids, duplicates, references, labels,
 * cycles), and errors are reported for the first offending revision in id order, so the
 * same files always give the same error.
 */
final class RevisionIndexBuilder {

	private static final int[] NONE = new int[0];

	private RevisionIndexBuilder() {
	}

	static RevisionIndex build(Collection<RevisionScript> revisions) {
		Objects.requireNonNull(revisions, "revisions");
		RevisionScript[] scripts = sortedUnique(revisions);
		int n = scripts.length;
		Map<String, Integer> byId = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			byId.put(scripts[i].id(), i);
		}
		int[][] parents = new int[n][];
		int[][] dependsOn = new int[n][];
		Map<String, Integer> byLabel = labels(scripts, byId);
		for (int i = 0; i < n; i++) {
			parents[i] = references(scripts[i], scripts[i].parents(), ReferenceKind.REVISES, byId, Map.of(), NONE);
			// depends-on may name a branch label (as in Alembic): the labelled revision.
			dependsOn[i] = references(scripts[i], scripts[i].dependsOn(), ReferenceKind.DEPENDS_ON, byId, byLabel,
					parents[i]);
		}
		int[][] children = invert(parents);
		int[][] dependents = invert(dependsOn);
		int[] order = CanonicalOrder.compute(scripts, parents, dependsOn, children);
		return new RevisionIndex(scripts, byId, byLabel, parents, dependsOn, children, dependents, order);
	}

	/**
	 * Checks ids, sorts by id and rejects duplicates. The sort is stable, so two
	 * revisions with one id end up next to each other in the order they were given, and
	 * the error names them that way.
	 */
	private static RevisionScript[] sortedUnique(Collection<RevisionScript> revisions) {
		RevisionScript[] sorted = revisions.toArray(new RevisionScript[0]);
		for (RevisionScript revision : sorted) {
			Objects.requireNonNull(revision, "revision");
			if (!RevisionIds.isValidId(revision.id())) {
				throw new InvalidRevisionIdException(revision.id(), revision.location());
			}
		}
		Arrays.sort(sorted, Comparator.comparing(RevisionScript::id));
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i].id().equals(sorted[i - 1].id())) {
				throw new DuplicateRevisionException(sorted[i].id(), sorted[i - 1].location(), sorted[i].location());
			}
		}
		return sorted;
	}

	/**
	 * Resolves declared ids to indexes, dropping repeats and ids in {@code skip} (for
	 * depends-on, the parents: the parent edge orders them anyway); an id not found is
	 * looked up in {@code byLabel}. Lists are a handful of ids, so linear scans beat any
	 * set.
	 */
	private static int[] references(RevisionScript revision, List<String> declared, ReferenceKind kind,
			Map<String, Integer> byId, Map<String, Integer> byLabel, int[] skip) {
		int[] result = new int[declared.size()];
		int count = 0;
		for (String id : declared) {
			Integer target = id == null ? null : byId.getOrDefault(id, byLabel.get(id));
			if (target == null) {
				throw new MissingReferenceException(revision.id(), revision.location(), kind, String.valueOf(id));
			}
			if (!contains(skip, target) && !contains(result, count, target)) {
				result[count++] = target;
			}
		}
		return count == result.length ? result : Arrays.copyOf(result, count);
	}

	private static boolean contains(int[] values, int value) {
		return contains(values, values.length, value);
	}

	private static boolean contains(int[] values, int length, int value) {
		for (int i = 0; i < length; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Maps each branch label to its revision, rejecting unusable and duplicate labels.
	 */
	private static Map<String, Integer> labels(RevisionScript[] scripts, Map<String, Integer> byId) {
		Map<String, Integer> byLabel = new HashMap<>();
		for (int i = 0; i < scripts.length; i++) {
			RevisionScript revision = scripts[i];
			for (String label : revision.branchLabels()) {
				if (!RevisionIds.isValidId(label)) {
					throw new InvalidBranchLabelException(String.valueOf(label), revision.id(), revision.location(),
							"is not " + RevisionIds.ID_RULE);
				}
				if (RevisionIds.isReservedLabel(label)) {
					throw new InvalidBranchLabelException(label, revision.id(), revision.location(),
							"is a reserved word in targets (head, heads, base, current)");
				}
				Integer sameId = byId.get(label);
				if (sameId != null) {
					throw new InvalidBranchLabelException(label, revision.id(), revision.location(),
							"is also the id of revision " + label + " (" + scripts[sameId].location() + ")");
				}
				Integer earlier = byLabel.putIfAbsent(label, i);
				if (earlier != null) {
					RevisionScript first = scripts[earlier];
					throw new DuplicateBranchLabelException(label, first.id(), first.location(), revision.id(),
							revision.location());
				}
			}
		}
		return byLabel;
	}

	/**
	 * Reverses an edge array: {@code result[t]} lists every {@code s} with an edge s ->
	 * t, ascending.
	 */
	private static int[][] invert(int[][] edges) {
		int n = edges.length;
		int[] counts = new int[n];
		for (int[] targets : edges) {
			for (int t : targets) {
				counts[t]++;
			}
		}
		int[][] result = new int[n][];
		for (int i = 0; i < n; i++) {
			result[i] = new int[counts[i]];
			counts[i] = 0;
		}
		for (int s = 0; s < n; s++) {
			for (int t : edges[s]) {
				result[t][counts[t]++] = s;
			}
		}
		return result;
	}

}
