/**
 * The goals of {@code migrate-maven-plugin} ({@code mvn migrate:upgrade}, ...), one per
 * command of the migrate command line; docs/maven-plugin.md lists them.
 */
@NullMarked
package dev.migrate.maven;

import org.jspecify.annotations.NullMarked;
