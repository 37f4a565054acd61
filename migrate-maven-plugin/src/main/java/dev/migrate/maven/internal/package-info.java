/**
 * Private API of the Maven plugin: the settings files reader, the project's class loader
 * and the run inside it. No compatibility guarantees.
 */
@NullMarked
package dev.migrate.maven.internal;

import org.jspecify.annotations.NullMarked;
