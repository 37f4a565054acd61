package dev.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Silences one lint rule for a Java revision, with the reason the hazard is acceptable
 * here. Put it on the revision class or on its {@code upgrade} method; it applies to
 * every operation of the revision. The reason is printed next to the silenced finding, so
 * reviewers see why.
 *
 * <pre>{@code
 * &#64;Revision(id = "7d1e0c9b2a44", revises = "9c3e5f8a1d2b", message = "drop users.legacy_flag")
 *

&#64;LintIgnore(value = "drop-column", reason = "no release since 2.3 reads legacy_flag")
 * public final class DropLegacyFlag implements Migration { ... }
 * }</pre>
 *
 * <p>
 * A blank reason silences nothing and is itself reported ({@code invalid-lint-ignore}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Repeatable(LintIgnores.class)
public @interface LintIgnore {

	/** The rule id to silence, e.g. {@code drop-column}. */
	String value();

	/** Why the hazard is acceptable in this revision. Required and must not be blank. */
	String reason();

}
