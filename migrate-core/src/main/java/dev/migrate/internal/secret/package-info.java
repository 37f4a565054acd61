/**
 * Keeping passwords out of what migrate prints: one
 * {@link dev.migrate.internal.secret.SecretMasker} for the engine's own descriptions of a
 * connection and for everything the command line writes.
 */
package dev.migrate.internal.secret;
