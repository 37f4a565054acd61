package dev.migrate.result;

import dev.migrate.Transactional;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a revision declares, as loaded from its SQL file or Java class: a plain value for
 * results, listeners and output, with none of the engine's objects.
 *
 * @param id the revision id ({@code [A-Za-z0-9_]{1,64}})
 * @param revises ids this revision revises, in declaration order: none for a base,
 * several for a merge
 * @param branchLabels labels that name the branch this revision starts or belongs to
 * @param dependsOn ids that must be applied first without becoming parents
 * @param message human readable description; empty when none was given
 * @param transactional whether it runs in a transaction ({@code AUTO}: a Java revision
 * decided by its operations when it runs)
 * @param checksum SHA-256 hex of the normalized source, or {@code null} for a Java
 * revision not rendered yet
 * @param location where the revision is defined
 * @param downgradable false when the revision declares no downgrade
 */
public record RevisionInfo(String id, List<String> revises, Set<String> branchLabels, List<String> dependsOn,
		String message, Transactional transactional, @Nullable String checksum, SourceLocation location,
		boolean downgradable) {

	public RevisionInfo {
		Objects.requireNonNull(id, "id");
		revises = List.copyOf(revises);
		branchLabels = Collections.unmodifiableSet(new LinkedHashSet<>(branchLabels));
		dependsOn = List.copyOf(dependsOn);
		message = (message != null) ? message : "";
		Objects.requireNonNull(transactional, "transactional");
		Objects.requireNonNull(location, "location");
	}

	/** True when this revision revises nothing. */
	public boolean isBase() {
		return this.revises.isEmpty();
	}

	/** True when this revision revises more than one revision. */
	public boolean isMerge() {
		return this.revises.size() > 1;
	}

	@Override
	public String toString() {
		return this.id + (this.message.isEmpty() ? "" : " (" + this.message + ")");
	}

}
