/**
 * The goals of {@code migrate-maven-plugin} ({@code mvn migrate:upgrade}, ...), one per
 * command of the migrate command line; docs/maven-plugin.md lists them.
 */
package dev.migrate.maven;
