package dev.migrate.schema;

/**
 * Supplies the schema the application expects (for instance its JPA entity model), for
 * {@code check} and {@code revision --autogenerate}. Launchers that know the application
 * provide one; the standalone command line has none.
 */
@FunctionalInterface
public interface SchemaModelSource {

	/** Builds the expected model; may be expensive, so callers ask once per command. */
	SchemaModel load();

}
