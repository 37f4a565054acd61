package dev.migrate.internal.source;

import dev.migrate.result.SourceLocation;
import java.util.Objects;

/**
 * A Java revision that cannot be used: a class annotated with
 * {@link dev.migrate.Revision} that is not a usable {@link dev.migrate.Migration}, or a
 * migration whose annotation is missing or invalid. The location names the class
 * ({@code class com.example.AddPhoneNumber}) or the scanned package.
 */
public final class JavaRevisionException extends RevisionSourceException {

	private static final long serialVersionUID = 1L;

	/** What is wrong with the class. */
	public enum Problem {

		/** A configured package name is not a Java package name. */
		INVALID_PACKAGE,
		/** A class in a scanned package cannot be loaded. */
		CLASS_NOT_LOADABLE,
		/**
		 * The class is annotated with {@code @Revision} but does not implement
		 * {@code Migration}.
		 */
		NOT_A_MIGRATION,
		/** The annotated class is abstract or an interface. */
		ABSTRACT,
		/** The class has no public no-argument constructor. */
		NO_USABLE_CONSTRUCTOR,
		/** The no-argument constructor threw. */
		CONSTRUCTOR_FAILED,
		/** A migration instance's class carries no {@code @Revision}. */
		NOT_ANNOTATED,
		/** The id, a parent or a depends-on entry is not a valid revision id. */
		INVALID_ID,
		/** A branch label is not a valid label. */
		INVALID_BRANCH_LABEL,
		/**
		 * The same entry appears twice in {@code revises}, {@code dependsOn} or
		 * {@code branchLabels}.
		 */
		DUPLICATE_VALUE

	}

	private final Problem problem;

	public JavaRevisionException(Problem problem, SourceLocation location, String message) {
		this(problem, location, message, null);
	}

	public JavaRevisionException(Problem problem, SourceLocation location, String message, Throwable cause) {
		super(location, message, cause);
		this.problem = Objects.requireNonNull(problem, "problem");
	}

	public Problem problem() {
		return problem;
	}

}
