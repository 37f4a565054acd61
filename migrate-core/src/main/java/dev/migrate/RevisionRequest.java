package dev.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code revision} was asked to write.
 *
 * @param message the message (required)
 * @param autogenerate whether the body comes from comparing the entity model with the
 * database
 * @param head the revision to revise instead of the single current head, or {@code null}
 * @param branchLabels branch labels for the new revision
 * @param dependsOn depends-on references (ids, prefixes or labels)
 * @param java write a Java revision instead of a SQL file
 * @param directory where to write it, or {@code null} for the default (SQL: the first
 * configured location; Java: the source folder of the first package)
 * @param excludePatterns table and sequence name patterns autogenerate leaves alone
 */
public record RevisionRequest(String message, boolean autogenerate, @Nullable String head, List<String> branchLabels,
		List<String> dependsOn, boolean java, @Nullable Path directory, List<String> excludePatterns) {

	public RevisionRequest {
		Objects.requireNonNull(message, "message");
		branchLabels = List.copyOf(branchLabels);
		dependsOn = List.copyOf(dependsOn);
		excludePatterns = List.copyOf(excludePatterns);
	}
}
