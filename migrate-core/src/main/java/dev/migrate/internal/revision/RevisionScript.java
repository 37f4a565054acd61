package dev.migrate.internal.revision;

import dev.migrate.result.RevisionInfo;
import dev.migrate.result.SourceLocation;

import dev.migrate.Migration;
import dev.migrate.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One revision as loaded from its source (a SQL file or a Java class): its place in the
 * graph and the {@link Migration} that performs it. Immutable; the graph and runtime
 * share instances.
 *
 * @param id the revision id ({@code [A-Za-z0-9_]{1,64}})
 * @param parents ids this revision revises, in declaration order: none for a base,
 * several for a merge
 * @param branchLabels labels that name the branch this revision starts or belongs to
 * @param dependsOn ids that must be applied first without becoming parents (Alembic's
 * depends_on)
 * @param message human readable description; may be empty
 * @param transactional whether the revision runs in a transaction (SQL revisions are
 * never {@code AUTO})
 * @param checksum SHA-256 hex of the normalized source, or {@code null} when it is
 * computed later from the rendered SQL (Java revisions)
 * @param location where the revision was defined, for messages
 * @param migration performs upgrade and downgrade
 * @param downgradable false when the revision declares no downgrade: downgrading through
 * it is refused before anything runs
 * @param equivalentChecksums checksums a history row may hold for this same source
 * although they differ from {@code checksum}: those of its text with another number of
 * final newlines, as recorded before a final newline stopped counting as an edit
 */
public record RevisionScript(String id, List<String> parents, Set<String> branchLabels, List<String> dependsOn,
		String message, Transactional transactional, @Nullable String checksum, SourceLocation location,
		Migration migration, boolean downgradable, Set<String> equivalentChecksums) {

	/** A revision whose checksum has no equivalents (Java revisions, tests). */
	public RevisionScript(String id, List<String> parents, Set<String> branchLabels, List<String> dependsOn,
			String message, Transactional transactional, String checksum, SourceLocation location, Migration migration,
			boolean downgradable) {
		this(id, parents, branchLabels, dependsOn, message, transactional, checksum, location, migration, downgradable,
				Set.of());
	}

	public RevisionScript {
		Objects.requireNonNull(id, "id");
		parents = List.copyOf(parents);
		branchLabels = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(branchLabels));
		dependsOn = List.copyOf(dependsOn);
		message = message == null ? "" : message;
		Objects.requireNonNull(transactional, "transactional");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(migration, "migration");
		equivalentChecksums = Set.copyOf(equivalentChecksums);
	}

	/**
	 * Whether {@code recorded}, a history row's checksum, is this source's: equal, or one
	 * of the {@linkplain #equivalentChecksums equivalents}.
	 */
	public boolean matchesChecksum(String current, String recorded) {
		return Objects.equals(current, recorded) || equivalentChecksums.contains(recorded);
	}

	/** True when this revision has no parents. */
	public boolean isBase() {
		return parents.isEmpty();
	}

	/** True when this revision revises more than one parent. */
	public boolean isMerge() {
		return parents.size() > 1;
	}

	/** The plain description of this revision that results and listeners carry. */
	public RevisionInfo info() {
		return new RevisionInfo(id, parents, branchLabels, dependsOn, message, transactional, checksum, location,
				downgradable);
	}

	@Override
	public String toString() {
		return id + (message.isEmpty() ? "" : " (" + message + ")");
	}
}
