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
 */
public record GeneratedRevision(Path path, String id, List<String> revises, SchemaDrift drift) {

	public GeneratedRevision {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(id, "id");
		revises = List.copyOf(revises);
		Objects.requireNonNull(drift, "drift");
	}

}
