/**
 * Spring Boot auto-configuration for migrate: the engine, its connection and properties,
 * and the startup apply/verify.
 */
@NullMarked
package dev.migrate.autoconfigure;

import org.jspecify.annotations.NullMarked;
