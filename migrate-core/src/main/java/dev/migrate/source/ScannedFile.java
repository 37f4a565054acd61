package dev.migrate.source;

import java.util.function.Supplier;

/**
 * A file found below a scanned directory, read while its directory or jar was open.
 *
 * @param relativePath the path below the scanned directory, with {@code /} separators
 * @param lazyUrl      supplies the file's full URL, which tells apart equal paths in different classpath
 *                     roots; computed only when asked, because turning a path into a URL costs a file
 *                     system call and is only needed for that rare message
 * @param content      the raw bytes
 */
record ScannedFile(String relativePath, Supplier<String> lazyUrl, byte[] content) {

    /** The file's full URL (e.g. {@code file:/app/classes/db/revisions/x.sql} or a {@code jar:} URL). */
    String url() {
        return lazyUrl.get();
    }
}
