package dev.migrate.internal.source;

import dev.migrate.result.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A file found below a scanned directory.
 *
 * @param relativePath the path below the scanned directory, with {@code /} separators
 * @param lazyUrl supplies the file's full URL, which tells apart equal paths in different
 * classpath roots; computed only when asked, because turning a path into a URL costs a
 * file system call and is only needed for that rare message
 * @param reader reads the raw bytes: a file on disk when asked (so that reading and
 * parsing share one parallel pass), a jar entry from bytes read while its jar was open
 * @param path the file on disk, or null for a jar entry: a large file on disk is read
 * line by line instead of whole (see {@link SqlRevisionScanner})
 */
record ScannedFile(String relativePath, Supplier<String> lazyUrl, Reader reader, @Nullable Path path) {

	/** Reads a file's bytes. */
	@FunctionalInterface
	interface Reader {

		byte[] read() throws IOException;

	}

	/**
	 * The file's full URL (e.g. {@code file:/app/classes/db/revisions/x.sql} or a
	 * {@code jar:} URL).
	 */
	String url() {
		return lazyUrl.get();
	}

	/**
	 * The raw bytes.
	 * @param name how the file appears in errors
	 * @throws RevisionLocationException when the file cannot be read
	 */
	byte[] content(String name) {
		try {
			return reader.read();
		}
		catch (IOException e) {
			throw unreadable(name, e);
		}
	}

	/**
	 * The raw bytes, or {@code null} for a file on disk larger than {@code limit} bytes,
	 * which is not read: the size comes from the open file, so deciding costs no file
	 * system call of its own.
	 * @param name how the file appears in errors
	 * @throws RevisionLocationException when the file cannot be read
	 */
	byte @Nullable [] contentUnlessLarger(String name, long limit) {
		Path file = path;
		if (file == null) {
			return content(name);
		}
		try (SeekableByteChannel channel = Files.newByteChannel(file);
				InputStream in = Channels.newInputStream(channel)) {
			long size = channel.size();
			if (size > limit) {
				return null;
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw unreadable(name, e);
		}
	}

	private static RevisionLocationException unreadable(String name, IOException e) {
		return new RevisionLocationException(
				RevisionLocationException.Problem.UNREADABLE, new SourceLocation(name, 0), "cannot read "
						+ e.getMessage() + " (" + e.getClass().getSimpleName() + "); check that the file is readable",
				e);
	}

}
