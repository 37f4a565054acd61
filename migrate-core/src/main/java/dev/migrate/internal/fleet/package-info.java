/**
 * Fleet runs: one command over many schemas, databases and servers. Private API. No
 * compatibility guarantees.
 */
package dev.migrate.internal.fleet;
