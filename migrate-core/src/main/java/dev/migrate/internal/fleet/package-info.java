/**
 * Fleet runs: one command over many schemas, databases and servers. Private API. No
 * compatibility guarantees.
 */
@NullMarked
package dev.migrate.internal.fleet;

import org.jspecify.annotations.NullMarked;
