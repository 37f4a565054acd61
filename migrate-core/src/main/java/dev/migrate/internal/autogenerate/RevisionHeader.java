package dev.migrate.internal.autogenerate;

import dev.migrate.internal.revision.RevisionIds;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * @param transactional whether the revision runs in a transaction
 * @param purpose why the revision exists, written at the top of its upgrade, or
 * {@code null}
 */
public record RevisionHeader(String id, List<String> revises, String message, List<String> branchLabels,
		List<String> dependsOn, @Nullable Instant created, boolean transactional, @Nullable String purpose) {

	public RevisionHeader {
		Objects.requireNonNull(id, "id");
		revises = List.copyOf(revises);
		message = message == null ? "" : message.strip();
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
		created = created == null ? null : created.truncatedTo(ChronoUnit.SECONDS);
	}

	/** A transactional header. */
	public RevisionHeader(String id, List<String> revises, String message, List<String> branchLabels,
			List<String> dependsOn, Instant created) {
		this(id, revises, message, branchLabels, dependsOn, created, true, null);
	}

	/** A header without a creation time. */
	public RevisionHeader(String id, List<String> revises, String message, List<String> branchLabels,
			List<String> dependsOn) {
		this(id, revises, message, branchLabels, dependsOn, null);
	}

	/** This header for the revision of {@code step}: its transactionality and purpose. */
	public RevisionHeader forStep(RevisionStep step) {
		return new RevisionHeader(id, revises, message, branchLabels, dependsOn, created, step.transactional(),
				step.purpose());
	}

	/**
	 * The header of the revision that follows this one for {@code step}: a new id,
	 * revising this one, {@code baseMessage} extended by the step's, no labels, created
	 * at the same time.
	 */
	public RevisionHeader next(RevisionStep step, String baseMessage) {
		return new RevisionHeader(RevisionIds.generate(), List.of(id), baseMessage + " (" + step.messageSuffix() + ")",
				List.of(), List.of(), created, step.transactional(), step.purpose());
	}

	/** A header with a freshly generated id, created now. */
	public static RevisionHeader create(List<String> revises, String message) {
		return new RevisionHeader(RevisionIds.generate(), revises, message, List.of(), List.of(), Instant.now());
	}
}
