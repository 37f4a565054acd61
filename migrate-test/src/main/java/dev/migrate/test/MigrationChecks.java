package dev.migrate.test;

import dev.migrate.schema.SchemaModelSource;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the standard checks of an application's revisions as tests of the annotated class:
 * pytest-alembic's built-in tests, for migrate. Each {@link Check} is one test (the
 * stairway one test per revision) reported under the class by the {@code migrate-checks}
 * JUnit Platform engine, which {@code migrate-test} brings along; the class needs no
 * methods.
 *
 * <pre>{@code
 * &#64;SpringBootTest
 *

&#64;MigrationChecks
 * class MigrationsTest {
 * }
 * }</pre>
 *
 * <p>
 * With Spring ({@code @SpringBootTest}, or any test class Spring's TestContext framework
 * bootstraps) the revisions come from the test's {@code Migrate} bean, Java revision
 * beans included, and the entity model for {@link Check#DRIFT} from its
 * {@code SchemaModelSource} bean. Without Spring they come from {@link #locations()} and
 * {@link #packages()}, the model from {@link #model()}.
 *
 * <p>
 * Every check runs on fresh, empty databases of its own, never the application's: on
 * embedded PostgreSQL by default (nothing to install), on the server of a Testcontainers
 * {@code @ServiceConnection} in the Spring context, or on the server
 * {@code MIGRATE_TEST_DATABASE_URL} names. Test methods of the class may declare a
 * {@link MigrationRunner} parameter for data-migration tests.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(MigrationRunnerParameterResolver.class)
public @interface MigrationChecks {

	/** Checks to leave out, e.g. {@code skip = Check.OFFLINE}. */
	Check[] skip() default {};

	/**
	 * The only checks to run (less those in {@link #skip()}); empty for all.
	 * {@link Check#NO_TRACE} is part of {@link Check#STAIRWAY}.
	 */
	Check[] only() default {};

	/**
	 * SQL revision locations when not in a Spring test; empty means
	 * {@code classpath:db/revisions}.
	 */
	String[] locations() default {};

	/** Packages scanned for Java revisions when not in a Spring test. */
	String[] packages() default {};

	/**
	 * The entity model for {@link Check#DRIFT} when not in a Spring test (a class with a
	 * public no-argument constructor). Without one, and without a
	 * {@code SchemaModelSource} bean, the drift check is skipped and says why.
	 */
	Class<? extends SchemaModelSource> model() default SchemaModelSource.class;

	/**
	 * Revisions known to have no downgrade: the stairway upgrades through them without
	 * stepping down.
	 */
	String[] irreversible() default {};

	/**
	 * Whether the stairway upgrades through every revision without a downgrade, as if it
	 * were listed in {@link #irreversible()}, instead of failing at it.
	 */
	boolean allowIrreversible() default false;

	/**
	 * Where the stairway's data fixtures live: {@code <location>/<revision id>.sql} is
	 * run right after that revision is upgraded, so the steps that follow must keep its
	 * rows (pytest-alembic's {@code at_revision_data}).
	 */
	String data() default "classpath:db/revision-data";

	/**
	 * {@link Check#LINT} looks only at the revisions built on this one (it and older ones
	 * are already deployed and cannot change); empty means all revisions.
	 */
	String lintAfter() default "";

	/**
	 * Name of the {@code Migrate} bean to check when the context has several; empty for
	 * the only one.
	 */
	String engine() default "";

}
