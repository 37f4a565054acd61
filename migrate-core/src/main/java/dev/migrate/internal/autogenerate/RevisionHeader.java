package dev.migrate.internal.autogenerate;

import dev.migrate.internal.revision.RevisionIds;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What goes at the top of a new revision (docs/revision-files.md).
 *
 * @param id the revision id
 * @param revises parent ids: none for a base, several for a merge
 * @param message the description
 * @param branchLabels branch labels, may be empty
 * @param dependsOn depends-on ids, may be empty
 * @param created when the revision was written (Alembic's "Create Date"), to the second;
 * {@code null} writes no {@code created} line
 */
public record RevisionHeader(String id, List<String> revises, String message, List<String> branchLabels,
		List<String> dependsOn, Instant created) {

	public RevisionHeader {
		Objects.requireNonNull(id, "id");
		revises = List.copyOf(revises);
		message = message == null ? "" : message.strip();
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
		created = created == null ? null : created.truncatedTo(ChronoUnit.SECONDS);
	}

	/** A header without a creation time. */
	public RevisionHeader(String id, List<String> revises, String message, List<String> branchLabels,
			List<String> dependsOn) {
		this(id, revises, message, branchLabels, dependsOn, null);
	}

	/** A header with a freshly generated id, created now. */
	public static RevisionHeader create(List<String> revises, String message) {
		return new RevisionHeader(RevisionIds.generate(), revises, message, List.of(), List.of(), Instant.now());
	}
}
