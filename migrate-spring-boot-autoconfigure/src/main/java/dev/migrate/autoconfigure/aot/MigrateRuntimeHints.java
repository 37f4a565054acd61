package dev.migrate.autoconfigure.aot;

import dev.migrate.autoconfigure.endpoint.EngineDescriptor;
import dev.migrate.autoconfigure.endpoint.EnginesDescriptor;
import dev.migrate.autoconfigure.fleet.FleetDescriptor;
import dev.migrate.autoconfigure.jpa.DriftEnginesDescriptor;
import dev.migrate.autoconfigure.lint.LintEnginesDescriptor;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;

/**
 * What a native image of an application with migrate needs that static analysis cannot
 * see: the SQL revisions under the default location (as Spring Boot's Flyway module
 * registers {@code db/migration}), the JSON bodies of the endpoints (serialized by
 * reflection), and the PostgreSQL driver, which the engine instantiates by name.
 * Revisions under other locations and Java revisions are registered per application by
 * {@link MigrateRevisionsAotProcessor}.
 */
public class MigrateRuntimeHints implements RuntimeHintsRegistrar {

	/** The default revision location, {@code classpath:db/revisions}. */
	static final String DEFAULT_LOCATION = "db/revisions";

	private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		registerLocation(hints, DEFAULT_LOCATION);
		// The endpoint bodies: /actuator/migrations (fleet included), -drift and -lint.
		// MigrationsDescriptor is a sealed interface: the registrar walks properties, not
		// implementations, so both bodies are named.
		this.bindings.registerReflectionHints(hints.reflection(), EngineDescriptor.class, EnginesDescriptor.class,
				FleetDescriptor.class, DriftEnginesDescriptor.class, LintEnginesDescriptor.class);
		hints.reflection()
			.registerType(TypeReference.of("org.postgresql.Driver"), MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
	}

	/**
	 * Registers the directory of a classpath location and the files in it and below.
	 * @param hints the hints to add to
	 * @param directory the directory, without {@code classpath:} and slashes around it
	 */
	static void registerLocation(RuntimeHints hints, String directory) {
		hints.resources().registerPattern(directory);
		hints.resources().registerPattern(directory + "/**");
	}

}
