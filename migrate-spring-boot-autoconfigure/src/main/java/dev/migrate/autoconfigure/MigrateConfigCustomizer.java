package dev.migrate.autoconfigure;

import dev.migrate.MigrateConfig;

/**
 * Callback for beans that adjust the auto-configured engine's settings after
 * {@code migrate.*} properties, revision beans and listeners have been applied.
 * Customizers run in {@link org.springframework.core.annotation.Order order}.
 */
@FunctionalInterface
public interface MigrateConfigCustomizer {

	/**
	 * Adjusts the configuration about to build an engine.
	 * @param builder the builder, already holding the settings from properties
	 */
	void customize(MigrateConfig.Builder builder);

}
