package dev.migrate.internal.graph;

import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The revisions as a validated DAG, and every question the commands ask of it: heads,
 * bases, ancestry, target resolution, upgrade/downgrade plans, history, ranges and
 * stamps. Pure: no I/O, immutable, safe to share between threads. Modelled on Alembic's
 * {@code RevisionMap}.
 *
 * <p>
 * <b>Heads.</b> A head is a revision no other revision revises; depends-on edges order
 * execution but never make or unmake heads. The database records the heads of its applied
 * set the same way: the applied set is the closure of the recorded heads over parents and
 * depends-on, and the recorded heads are the applied revisions without an applied child.
 *
 * <p>
 * <b>Order.</b> Plans and history follow one canonical order: a depth-first walk from
 * each head in id order, depends-on before parents, parents in declaration order. It puts
 * every revision after what it needs and finishes a branch before starting the next.
 * History is that order reversed.
 *
 * <p>
 * <b>Current heads</b> passed to planning methods are the version table's rows. They are
 * validated: an unknown id raises {@link UnknownCurrentHeadException}, a recorded head
 * that is an ancestor of another raises {@link OverlappingHeadsException}.
 */
public final class RevisionGraph {

	private final RevisionIndex index;

	private final TargetResolver resolver;

	private final UpgradePlanner upgrades;

	private final DowngradePlanner downgrades;

	private final RangeResolver ranges;

	private final StampResolver stamps;

	private RevisionGraph(RevisionIndex index) {
		this.index = index;
		this.resolver = new TargetResolver(index);
		this.upgrades = new UpgradePlanner(index);
		this.downgrades = new DowngradePlanner(index);
		this.ranges = new RangeResolver(index, resolver, upgrades, downgrades);
		this.stamps = new StampResolver(index, resolver);
	}

	/**
	 * Validates the revisions and builds the graph; nothing is built when any check
	 * fails.
	 * @throws RevisionGraphException (a subtype naming the revisions and files) for an
	 * invalid id, a duplicate id, a revises/depends-on that does not exist, an unusable
	 * or duplicate branch label, or a cycle
	 */
	public static RevisionGraph of(Collection<RevisionScript> revisions) {
		return new RevisionGraph(RevisionIndexBuilder.build(revisions));
	}

	public int size() {
		return index.size();
	}

	/** Every revision, in id order. */
	public List<RevisionScript> revisions() {
		return List.of(index.scripts);
	}

	/** The revision with exactly this id. */
	public Optional<RevisionScript> get(String id) {
		int found = index.indexOf(Objects.requireNonNull(id, "id"));
		return found < 0 ? Optional.empty() : Optional.of(index.scripts[found]);
	}

	/**
	 * The one revision a target names: an id, a unique prefix of at least 4 characters, a
	 * branch label, {@code head}, {@code label@head}, or a relative walk from a revision
	 * such as {@code ae10+2}.
	 * @throws TargetException when the target is malformed, unknown, ambiguous, or names
	 * no single revision (such as {@code base})
	 */
	public RevisionScript resolve(String reference) {
		String text = Objects.requireNonNull(reference, "reference").strip();
		List<Position> positions = resolver.resolve(Target.parse(text), AppliedState.empty(index));
		if (positions.size() == 1 && positions.get(0).isRevision()) {
			return index.scripts[positions.get(0).revision()];
		}
		if (positions.size() > 1) {
			throw new MultipleHeadsException(text, index.idsOf(index.heads));
		}
		throw new TargetException(text,
				"'" + text + "' does not name a revision; name one by id, prefix or" + " branch label.");
	}

	/** Revisions no other revision revises, in id order. */
	public List<RevisionScript> heads() {
		return index.scriptsOf(index.heads);
	}

	/** Revisions that revise nothing, in id order. */
	public List<RevisionScript> bases() {
		return index.scriptsOf(index.bases);
	}

	/** Revisions revised by more than one revision, in id order. */
	public List<RevisionScript> branchPoints() {
		return index.scriptsOf(index.branchPoints());
	}

	/** Revisions that revise more than one revision, in id order. */
	public List<RevisionScript> mergePoints() {
		return index.scriptsOf(index.mergePoints());
	}

	/** The revisions that revise the referenced one, in id order. */
	public List<RevisionScript> children(String reference) {
		return index.scriptsOf(index.children[indexOf(reference)]);
	}

	/**
	 * Everything that must be applied before the referenced revision (over revises and
	 * depends-on), newest first, without the revision itself.
	 */
	public List<RevisionScript> ancestors(String reference) {
		int revision = indexOf(reference);
		boolean[] set = index.ancestorsOrSelf(new int[] { revision }, true);
		set[revision] = false;
		return index.newestFirst(set);
	}

	/**
	 * Everything that revises or depends on the referenced revision, directly or not,
	 * newest first, without the revision itself: what downgrading below it removes.
	 */
	public List<RevisionScript> descendants(String reference) {
		int revision = indexOf(reference);
		boolean[] set = index.descendantsOrSelf(new int[] { revision }, true);
		set[revision] = false;
		return index.newestFirst(set);
	}

	/** Every revision, newest first: the canonical upgrade order reversed. */
	public List<RevisionScript> history() {
		boolean[] all = new boolean[index.size()];
		Arrays.fill(all, true);
		return index.newestFirst(all);
	}

	/** {@link #range(Collection, String)} with nothing applied. */
	public List<RevisionScript> range(String range) {
		return range(Set.of(), range);
	}

	/**
	 * The revisions of a range {@code from:to}, both ends included, newest first (for
	 * {@code history -r}): those {@code to} needs and that are built on {@code from}. An
	 * empty {@code from} means base, an empty {@code to} means heads, {@code current}
	 * means {@code currentHeads}; a relative end counts from the other end and stops at
	 * base or a head, as in Alembic.
	 * @throws RangeNotAncestorException when {@code from} is not an ancestor of
	 * {@code to}
	 */
	public List<RevisionScript> range(Collection<String> currentHeads, String range) {
		return ranges.history(AppliedState.recorded(index, currentHeads), parseRange(range));
	}

	/**
	 * The canonical heads of the state in which {@code revisions} and everything they
	 * need are applied: what a version table would record for them. Unlike recorded
	 * heads, the ids may overlap (one may be an ancestor of another).
	 * @throws UnknownRevisionException when an id is not a revision of this graph
	 */
	public Set<String> headsOf(Collection<String> revisions) {
		int[] indexes = new int[revisions.size()];
		int i = 0;
		for (String id : revisions) {
			int at = index.indexOf(id);
			if (at < 0) {
				throw new UnknownRevisionException(id, id);
			}
			indexes[i++] = at;
		}
		AppliedState state = AppliedState.upTo(index, indexes);
		Set<String> heads = new LinkedHashSet<>();
		for (int head : state.heads) {
			heads.add(index.ids[head]);
		}
		return heads;
	}

	/** The applied revisions implied by the recorded heads, newest first. */
	public List<RevisionScript> applied(Collection<String> currentHeads) {
		return index.newestFirst(AppliedState.recorded(index, currentHeads).applied);
	}

	/** {@link #planUpgrade(Collection, Target)} for target text. */
	public MigrationPlan planUpgrade(Collection<String> currentHeads, String target) {
		return planUpgrade(currentHeads, Target.parse(target));
	}

	/**
	 * The steps that apply every revision the target needs that is not applied yet, in
	 * canonical order. A target that is already satisfied (including any target at or
	 * below the current heads) gives an empty plan.
	 */
	public MigrationPlan planUpgrade(Collection<String> currentHeads, Target target) {
		AppliedState state = AppliedState.recorded(index, currentHeads);
		return upgrades.plan(state, resolver.resolve(target, state));
	}

	/** {@link #planDowngrade(Collection, Target)} for target text. */
	public MigrationPlan planDowngrade(Collection<String> currentHeads, String target) {
		return planDowngrade(currentHeads, Target.parse(target));
	}

	/**
	 * The steps that undo everything applied that is built on the target, dependents
	 * first. The target stays applied; {@code label@base} removes that branch;
	 * {@code base} removes everything.
	 * @throws TargetNotAppliedException when the target revision is not applied
	 * @throws dev.migrate.IrreversibleMigrationException when a revision to undo declares
	 * no downgrade; raised while planning, before anything runs
	 */
	public MigrationPlan planDowngrade(Collection<String> currentHeads, Target target) {
		AppliedState state = AppliedState.recorded(index, currentHeads);
		return downgrades.plan(state, resolver.resolve(target, state), target.toString());
	}

	/**
	 * The plan for offline SQL over a range, as if the database stood at its start: an
	 * upgrade from {@code from} (empty: base) to {@code to} (empty: heads), or a
	 * downgrade from {@code from} (empty: heads) to {@code to} (empty: base). Relative
	 * steps in {@code to} count from {@code from}.
	 * @throws RangeNotAncestorException when the ends are not on one line of ancestry in
	 * that direction
	 */
	public MigrationPlan planRange(Direction direction, String range) {
		return ranges.plan(Objects.requireNonNull(direction, "direction"), parseRange(range));
	}

	/**
	 * The heads a stamp records: each target's line is set to that target (as if upgraded
	 * or downgraded to it, without running anything), lines no target touches keep their
	 * heads. For {@code stamp --purge}, pass no current heads.
	 * @throws OverlappingHeadsException when targets contradict each other (one is built
	 * on another)
	 */
	public Set<String> stampHeads(Collection<String> currentHeads, Collection<String> targets) {
		AppliedState state = AppliedState.recorded(index, currentHeads);
		return stamps.heads(state, Objects.requireNonNull(targets, "targets").stream().map(Target::parse).toList());
	}

	private int indexOf(String reference) {
		return index.indexOf(resolve(reference).id());
	}

	/**
	 * Whether a range text names {@code current} at either end, so that resolving it
	 * needs the database's heads; false for null and for malformed text (parsing it later
	 * reports the problem).
	 */
	public static boolean rangeNamesCurrent(@Nullable String range) {
		if (range == null || range.isBlank()) {
			return false;
		}
		try {
			return Target.parse(range) instanceof Target.Range parsed
					&& (parsed.from() instanceof Target.Current || parsed.to() instanceof Target.Current);
		}
		catch (MalformedTargetException ex) {
			return false;
		}
	}

	private static Target.Range parseRange(String text) {
		Target parsed = Target.parse(text);
		if (parsed instanceof Target.Range range) {
			return range;
		}
		throw new MalformedTargetException(text.strip(), "expected a range <from>:<to>");
	}

	@Override
	public String toString() {
		return "RevisionGraph[" + index.size() + " revisions, heads " + index.idsOf(index.heads) + "]";
	}

}
