package dev.migrate.source;

/**
 * A file found below a scanned directory, read while its directory or jar was open.
 *
 * @param relativePath the path below the scanned directory, with {@code /} separators
 * @param url          the file's full URL, which tells apart equal paths in different classpath roots
 * @param content      the raw bytes
 */
record ScannedFile(String relativePath, String url, byte[] content) {
}
