package dev.migrate.internal.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the heads a stamp records. Each target says where its line of the graph
 * stands: a revision stays applied with everything it needs while everything built on its
 * children is dropped (exactly what upgrading or downgrading to it would leave);
 * {@code label@base} drops that branch; {@code base} drops everything. Lines no target
 * touches keep their current heads. All drops are applied before all additions, so the
 * order of targets does not matter; targets that contradict each other are an error.
 */
final class StampResolver {

	private final RevisionIndex index;

	private final TargetResolver resolver;

	StampResolver(RevisionIndex index, TargetResolver resolver) {
		this.index = index;
		this.resolver = resolver;
	}

	Set<String> heads(AppliedState state, List<Target> targets) {
		List<Target> owners = new ArrayList<>();
		List<Position> positions = new ArrayList<>();
		for (Target target : targets) {
			for (Position position : resolver.resolve(target, state)) {
				owners.add(target);
				positions.add(position);
			}
		}
		boolean[] dropped = new boolean[index.size()];
		boolean[] added = new boolean[index.size()];
		for (Position position : positions) {
			switch (position.kind()) {
				case REVISION:
					or(dropped, index.descendantsOrSelf(index.children[position.revision()], true));
					or(added, index.closure(new int[] { position.revision() }));
					break;
				case BELOW:
					or(dropped, index.descendantsOrSelf(new int[] { position.revision() }, true));
					break;
				default:
					Arrays.fill(dropped, true);
			}
		}
		boolean[] applied = new boolean[index.size()];
		for (int i = 0; i < applied.length; i++) {
			applied[i] = (state.applied[i] && !dropped[i]) || added[i];
		}
		rejectContradictions(owners, positions, applied);
		Set<String> heads = new LinkedHashSet<>();
		for (int head : index.maximal(applied)) {
			heads.add(index.ids[head]);
		}
		return heads;
	}

	/**
	 * A stamped revision must end up a head, and a stamped {@code label@base} must end up
	 * unapplied; either fails only when another target's revision needs what this one
	 * drops.
	 */
	private void rejectContradictions(List<Target> owners, List<Position> positions, boolean[] applied) {
		for (int i = 0; i < positions.size(); i++) {
			Position position = positions.get(i);
			if (position.isRevision()) {
				for (int child : index.children[position.revision()]) {
					if (applied[child]) {
						int other = needing(positions, child);
						throw OverlappingHeadsException.stampTargets(index.ids[position.revision()],
								index.ids[positions.get(other).revision()]);
					}
				}
			}
			else if (position.kind() == Position.Kind.BELOW && applied[position.revision()]) {
				int other = needing(positions, position.revision());
				throw OverlappingHeadsException.stampRemovesNeeded(owners.get(i).toString(),
						index.ids[position.revision()], owners.get(other).toString(),
						index.ids[positions.get(other).revision()]);
			}
		}
	}

	/**
	 * The index of a revision position whose closure contains {@code revision}; error
	 * path only.
	 */
	private int needing(List<Position> positions, int revision) {
		for (int i = 0; i < positions.size(); i++) {
			Position position = positions.get(i);
			if (position.isRevision() && index.closure(new int[] { position.revision() })[revision]) {
				return i;
			}
		}
		throw new IllegalStateException(index.ids[revision] + " is applied after a stamp but no target needs it");
	}

	private static void or(boolean[] into, boolean[] from) {
		for (int i = 0; i < into.length; i++) {
			into[i] |= from[i];
		}
	}

}
