package dev.migrate.graph;

import dev.migrate.revision.RevisionScript;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Validates a collection of revisions and builds the {@link RevisionIndex}. Every check runs before
 * the index exists, in a fixed order (ids, duplicates, references, labels, cycles), and errors are
 * reported for the first offending revision in id order, so the same files always give the same error.
 */
final class RevisionIndexBuilder {

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
        for (int i = 0; i < n; i++) {
            parents[i] = references(scripts[i], scripts[i].parents(), ReferenceKind.REVISES, byId, null);
            dependsOn[i] = references(scripts[i], scripts[i].dependsOn(), ReferenceKind.DEPENDS_ON, byId,
                    parents[i]);
        }
        Map<String, Integer> byLabel = labels(scripts, byId);
        int[][] children = invert(parents);
        int[][] dependents = invert(dependsOn);
        int[] order = CanonicalOrder.compute(scripts, parents, dependsOn, children);
        return new RevisionIndex(scripts, byId, byLabel, parents, dependsOn, children, dependents, order);
    }

    /** Checks ids and rejects duplicates (naming both files), then sorts by id. */
    private static RevisionScript[] sortedUnique(Collection<RevisionScript> revisions) {
        Map<String, RevisionScript> seen = new HashMap<>(revisions.size() * 2);
        List<RevisionScript> list = new ArrayList<>(revisions.size());
        for (RevisionScript revision : revisions) {
            Objects.requireNonNull(revision, "revision");
            if (!RevisionIds.isValid(revision.id())) {
                throw new InvalidRevisionIdException(revision.id(), revision.location());
            }
            RevisionScript earlier = seen.putIfAbsent(revision.id(), revision);
            if (earlier != null) {
                throw new DuplicateRevisionException(revision.id(), earlier.location(), revision.location());
            }
            list.add(revision);
        }
        list.sort(Comparator.comparing(RevisionScript::id));
        return list.toArray(new RevisionScript[0]);
    }

    /**
     * Resolves declared ids to indexes, dropping repeats (and, for depends-on, ids that are already
     * parents: the parent edge orders them anyway).
     */
    private static int[] references(RevisionScript revision, List<String> declared, ReferenceKind kind,
            Map<String, Integer> byId, int[] alreadyParents) {
        Set<Integer> result = new LinkedHashSet<>();
        for (String id : declared) {
            Integer target = id == null ? null : byId.get(id);
            if (target == null) {
                throw new MissingReferenceException(revision.id(), revision.location(), kind, String.valueOf(id));
            }
            if (alreadyParents == null || !contains(alreadyParents, target)) {
                result.add(target);
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** Maps each branch label to its revision, rejecting unusable and duplicate labels. */
    private static Map<String, Integer> labels(RevisionScript[] scripts, Map<String, Integer> byId) {
        Map<String, Integer> byLabel = new HashMap<>();
        for (int i = 0; i < scripts.length; i++) {
            RevisionScript revision = scripts[i];
            for (String label : revision.branchLabels()) {
                if (!RevisionIds.isValid(label)) {
                    throw new InvalidBranchLabelException(String.valueOf(label), revision.id(), revision.location(),
                            "is not 1-" + RevisionIds.MAX_LENGTH + " characters of A-Z, a-z, 0-9 and _");
                }
                if (RevisionIds.KEYWORDS.contains(label)) {
                    throw new InvalidBranchLabelException(label, revision.id(), revision.location(),
                            "is a reserved word in targets (head, heads, base)");
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

    /** Reverses an edge array: {@code result[t]} lists every {@code s} with an edge s -> t, ascending. */
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
