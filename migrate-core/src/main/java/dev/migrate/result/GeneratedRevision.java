package dev.migrate.result;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A revision file that {@code revision} or {@code merge} wrote.
 *
 * @param path the file written
 * @param id the new revision's id
 * @param revises the ids it revises (several for a merge, none for a base)
 * @param drift with autogenerate, the differences its body turns into operations; empty
 * otherwise
 * @param followUps with autogenerate, the revisions written after this one, each revising
 * the one before: a non-transactional one that builds indexes concurrently and validates
 * constraints, and one that drops what the entities no longer map (see docs/drift.md);
 * empty otherwise
 */
public record GeneratedRevision(Path path, String id, List<String> revises, SchemaDrift drift,
		List<GeneratedRevision> followUps) {

	public GeneratedRevision {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(id, "id");
		revises = List.copyOf(revises);
		Objects.requireNonNull(drift, "drift");
		followUps = List.copyOf(followUps);
	}

	public GeneratedRevision(Path path, String id, List<String> revises, SchemaDrift drift) {
		this(path, id, revises, drift, List.of());
	}

}
