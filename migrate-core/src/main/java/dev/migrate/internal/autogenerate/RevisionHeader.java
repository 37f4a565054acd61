package dev.migrate.internal.autogenerate;

import dev.migrate.internal.revision.RevisionIds;
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
 */
public record RevisionHeader(String id, List<String> revises, String message, List<String> branchLabels,
		List<String> dependsOn) {

	public RevisionHeader {
		Objects.requireNonNull(id, "id");
		revises = List.copyOf(revises);
		message = message == null ? "" : message.strip();
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

	/** A header with a freshly generated id. */
	public static RevisionHeader create(List<String> revises, String message) {
		return new RevisionHeader(RevisionIds.generate(), revises, message, List.of(), List.of());
	}
}
