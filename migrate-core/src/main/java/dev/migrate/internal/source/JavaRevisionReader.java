package dev.migrate.internal.source;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;
import dev.migrate.internal.revision.RevisionIds;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import dev.migrate.internal.revision.UserClass;
import dev.migrate.internal.source.JavaRevisionException.Problem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a {@link Migration} instance into a {@link RevisionScript} from its
 * {@link Revision} annotation.
 *
 * <p>
 * The checksum is left {@code null}: the runtime computes it from the SQL the revision
 * renders. The location is {@code class <fully qualified name>}. The revision is
 * downgradable when its class (or a superclass or interface) overrides
 * {@link Migration#downgrade}; the interface default marks it irreversible. Spring CGLIB
 * proxies ({@code Foo$$SpringCGLIB$$0}) are read through the class they extend; JDK
 * interface proxies hide the annotation and must be unwrapped by the caller.
 */
public final class JavaRevisionReader {

	private JavaRevisionReader() {
	}

	/**
	 * @throws JavaRevisionException when the class has no {@link Revision} annotation or
	 * the annotation holds an invalid id or label, or lists an entry twice
	 */
	public static RevisionScript read(Migration migration) {
		Objects.requireNonNull(migration, "migration");
		Class<?> type = UserClass.of(migration.getClass());
		SourceLocation location = locationOf(type);
		Revision revision = type.getAnnotation(Revision.class);
		if (revision == null) {
			throw new JavaRevisionException(Problem.NOT_ANNOTATED, location, "the migration has no @Revision"
					+ " annotation; add @Revision(id = \"...\", revises = \"...\") to the class");
		}
		if (!RevisionIds.isValidId(revision.id())) {
			throw new JavaRevisionException(Problem.INVALID_ID, location,
					"@Revision id '" + revision.id() + "' is not valid; an id is " + RevisionIds.ID_RULE);
		}
		List<String> parents = ids("revises", revision.revises(), location);
		List<String> dependsOn = ids("dependsOn", revision.dependsOn(), location);
		Set<String> labels = distinct("branchLabels", revision.branchLabels(), location);
		for (String label : labels) {
			if (!RevisionIds.isValidBranchLabel(label)) {
				throw new JavaRevisionException(Problem.INVALID_BRANCH_LABEL, location, "@Revision branch label '"
						+ label + "' is not valid; a label is " + RevisionIds.ID_RULE + " and not head, heads or base");
			}
		}
		return new RevisionScript(revision.id(), parents, labels, dependsOn, revision.message(),
				revision.transactional(), null, location, migration, overridesDowngrade(type));
	}

	/** {@code class <name>}: how Java revisions appear in messages. */
	static SourceLocation locationOf(Class<?> type) {
		return new SourceLocation("class " + type.getName(), 0);
	}

	private static List<String> ids(String attribute, String[] values, SourceLocation location) {
		Set<String> ids = distinct(attribute, values, location);
		for (String id : ids) {
			if (!RevisionIds.isValidId(id)) {
				throw new JavaRevisionException(Problem.INVALID_ID, location, "@Revision " + attribute + " lists '" + id
						+ "', which is not a valid revision id (" + RevisionIds.ID_RULE + ")");
			}
		}
		return List.copyOf(ids);
	}

	private static Set<String> distinct(String attribute, String[] values, SourceLocation location) {
		Set<String> distinct = new LinkedHashSet<>();
		for (String value : values) {
			if (!distinct.add(value)) {
				throw new JavaRevisionException(Problem.DUPLICATE_VALUE, location,
						"@Revision " + attribute + " lists '" + value + "' twice; remove one");
			}
		}
		return distinct;
	}

	private static boolean overridesDowngrade(Class<?> type) {
		try {
			return type.getMethod("downgrade", Operations.class).getDeclaringClass() != Migration.class;
		}
		catch (NoSuchMethodException e) {
			throw new IllegalStateException("every Migration has downgrade(Operations)", e);
		}
	}

}
