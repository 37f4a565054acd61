package dev.migrate.internal.autogenerate;

/**
 * A revision's file, rendered but not yet written.
 *
 * @param fileName the file name ({@code <id>_<slug>.sql} or {@code <ClassName>.java})
 * @param content the complete text
 */
public record RevisionFile(String fileName, String content) {
}
