/**
 * The commands behind {@link dev.migrate.Migrate}, one class each, and their result records. The
 * result records ({@code UpgradeResult}, {@code VerifyResult}, {@code MigrationStatus}, ...) are API;
 * the command classes are how the facade is implemented and are called through it.
 */
package dev.migrate.command;
