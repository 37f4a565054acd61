package dev.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Migration} class as a revision and gives its place in the revision
 * graph.
 *
 * <pre>{@code
 * &#64;Revision(id = "9c3e5f8a1d2b", revises = "3a8f1c2d4b7e", message = "add phone_number to users")
 * public final class AddPhoneNumber implements Migration { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

	/** The revision id: 1-64 characters of {@code [A-Za-z0-9_]}. */
	String id();

	/** Parent revision ids; none for a base, several for a merge. */
	String[] revises() default {};

	/** Human readable description, shown by history and the actuator endpoint. */
	String message() default "";

	/** Branch labels, usable in targets as {@code label@head}. */
	String[] branchLabels() default {};

	/** Revisions on other branches that must run first, without merging them. */
	String[] dependsOn() default {};

	/**
	 * Whether the revision runs in a transaction; {@link Transactional#AUTO} decides from
	 * its operations.
	 */
	Transactional transactional() default Transactional.AUTO;

}
