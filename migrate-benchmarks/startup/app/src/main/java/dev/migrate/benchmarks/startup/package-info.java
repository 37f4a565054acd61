/**
 * The Spring Boot application of the startup benchmark ({@code AppStartupBenchmark}).
 */
@NullMarked
package dev.migrate.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
