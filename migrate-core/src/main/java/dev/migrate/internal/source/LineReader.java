package dev.migrate.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads text one line at a time as {@link SqlRevisionParser#normalize} and
 * {@code split("\n", -1)} would see it: a leading byte order mark dropped, {@code \r\n}
 * and a lone {@code \r} ending a line like {@code \n}, and an empty last line after a
 * final line break. A large revision file is read this way instead of as one string, so
 * that only one line is held at a time.
 */
final class LineReader {

	private final Reader in;

	private final char[] buffer = new char[8192];

	private final StringBuilder line = new StringBuilder();

	private int position;

	private int limit;

	private boolean first = true;

	private boolean done;

	LineReader(Reader in) {
		this.in = in;
	}

	/** The next line without its line break, or null after the last one. */
	String next() throws IOException {
		if (done) {
			return null;
		}
		line.setLength(0);
		while (true) {
			if (position == limit && !fill()) {
				done = true;
				return line.toString();
			}
			char c = buffer[position++];
			if (c == '\n') {
				return line.toString();
			}
			if (c == '\r') {
				if (position == limit) {
					fill();
				}
				if (position < limit && buffer[position] == '\n') {
					position++;
				}
				return line.toString();
			}
			line.append(c);
		}
	}

	/**
	 * Where the first byte that is not UTF-8 is: {@code [line, byte offset]}, or null
	 * when there is none. A decoding reader reports the error before handing over the
	 * characters it decoded ahead of it, so the line comes from decoding the file once
	 * more, counting line breaks up to the bad byte.
	 */
	static long[] firstBadByte(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(8192);
		CharBuffer chars = CharBuffer.allocate(8192);
		long line = 1;
		long offset = 0;
		try (InputStream in = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = read < 0;
				bytes.position(bytes.position() + Math.max(read, 0)).flip();
				int before = bytes.position();
				CoderResult result = decoder.decode(bytes, chars, end);
				offset += bytes.position() - before;
				chars.flip();
				while (chars.hasRemaining()) {
					line += chars.get() == '\n' ? 1 : 0;
				}
				chars.clear();
				if (result.isError()) {
					return new long[] { line, offset };
				}
				bytes.compact();
			}
		}
		return null;
	}

	private boolean fill() throws IOException {
		int read = in.read(buffer);
		while (read == 0) {
			read = in.read(buffer);
		}
		if (read < 0) {
			position = 0;
			limit = 0;
			return false;
		}
		position = 0;
		limit = read;
		if (first) {
			first = false;
			if (buffer[0] == '\uFEFF') {
				position = 1;
			}
		}
		return true;
	}

}
