package dev.migrate.autoconfigure.metrics;

import dev.migrate.Migrate;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The {@code engine} tag value: none with one engine (the meters keep the names and tags
 * of docs/spring-boot.md), the engine's bean name with several, so that their meters do
 * not collide.
 */
final class EngineTags {

	private final ListableBeanFactory beanFactory;

	EngineTags(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	/**
	 * The engine name to tag with, or {@code null} when the application has a single
	 * engine.
	 */
	String tagValue(String engineName) {
		// Counts definitions without creating beans: this runs while engines are being
		// created.
		return (this.beanFactory.getBeanNamesForType(Migrate.class, true, false).length > 1) ? engineName : null;
	}

}
