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
 * @param transactional whether the revision runs in a transaction
 * @param purpose why the revision exists, written at the top of its upgrade, or
 * {@code null}
 */
public record RevisionHeader(String id, List<String> revises, String message, List<String> branchLabels,
		List<String> dependsOn, boolean transactional, String purpose) {

	public RevisionHeader {
		Objects.requireNonNull(id, "id");
		revises = List.copyOf(revises);
		message = message == null ? "" : message.strip();
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
	}

	public RevisionHeader(String id, List<String> revises, String message, List<String> branchLabels,
			List<String> dependsOn) {
		this(id, revises, message, branchLabels, dependsOn, true, null);
	}

	/**
	 * The header of the revision that follows this one for {@code step}: a new id,
	 * revising this one, {@code baseMessage} extended by the step's, no labels.
	 */
	public RevisionHeader next(RevisionStep step, String baseMessage) {
		return new RevisionHeader(RevisionIds.generate(), List.of(id), baseMessage + " (" + step.messageSuffix() + ")",
				List.of(), List.of(), step.transactional(), step.purpose());
	}

	/** A header with a freshly generated id. */
	public static RevisionHeader create(List<String> revises, String message) {
		return new RevisionHeader(RevisionIds.generate(), revises, message, List.of(), List.of());
	}
}
