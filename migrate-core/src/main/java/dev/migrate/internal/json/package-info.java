/**
 * JSON output helpers. Private API. No compatibility guarantees.
 */
package dev.migrate.internal.json;
