package dev.migrate.internal.source;

import dev.migrate.result.SourceLocation;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A section of a revision file too large to hold in memory (see
 * {@link SqlRevisionScanner}): its lines are read from the file again each time its
 * statements are needed, and split block by block, so that {@code upgrade --sql} of a
 * file of any size needs memory for one block (and its largest statement) only.
 */
final class FileSection implements SqlSection {

	/**
	 * Characters split at a time; a statement longer than this makes its block grow until
	 * the statement ends.
	 */
	static final int BLOCK = 1 << 20;

	private final Path path;

	private final String file;

	private final int firstLine;

	private final int endLine;

	private final String stamp;

	private volatile boolean checked;

	/**
	 * @param path the file
	 * @param file how the file appears in locations and errors
	 * @param firstLine the section's first line (after its marker)
	 * @param endLine the line after its last one (the next marker), or
	 * {@link Integer#MAX_VALUE} when it runs to the end of the file
	 * @param stamp the file's {@link #stamp} when it was parsed
	 */
	FileSection(Path path, String file, int firstLine, int endLine, String stamp) {
		this.path = Objects.requireNonNull(path, "path");
		this.stamp = Objects.requireNonNull(stamp, "stamp");
		this.file = Objects.requireNonNull(file, "file");
		this.firstLine = firstLine;
		this.endLine = endLine;
	}

	@Override
	public String text() {
		StringBuilder text = new StringBuilder();
		readLines(line -> text.append(line).append('\n'));
		return text.toString();
	}

	@Override
	public int firstLine() {
		return firstLine;
	}

	/**
	 * Never: the parser refuses an autocommit block in a file this large (see
	 * {@code SqlRevisionParser}), so the section is one stretch streamed as a whole.
	 */
	@Override
	public boolean hasAutocommitBlock() {
		return false;
	}

	@Override
	public List<SqlStatement> statements() {
		List<SqlStatement> statements = new ArrayList<>();
		forEachStatement(statements::add);
		return List.copyOf(statements);
	}

	@Override
	public void forEachStatement(Consumer<SqlStatement> sink) {
		StringBuilder block = new StringBuilder();
		int[] blockFirstLine = { firstLine };
		int[] target = { BLOCK };
		readLines(line -> {
			block.append(line).append('\n');
			if (block.length() >= target[0]) {
				int[] rest = SqlStatementSplitter.splitComplete(block.toString(), file, blockFirstLine[0], sink);
				block.delete(0, rest[0]);
				blockFirstLine[0] += rest[1];
				// Doubling keeps a statement longer than a block from being lexed again
				// once per line that follows it.
				target[0] = Math.max(BLOCK, 2 * block.length());
			}
		});
		SqlStatementSplitter.split(block.toString(), file, blockFirstLine[0], sink);
		// Split to the end without an error: a check would read the file once more for
		// nothing.
		checked = true;
	}

	@Override
	public void check() {
		if (!checked) {
			forEachStatement(statement -> {
			});
		}
	}

	/**
	 * The file's size and modification time: the section is read from the file again long
	 * after its checksum was taken, and running (or scripting) other statements than the
	 * checksum describes would record an edit as the revision that was checked.
	 */
	static String stamp(Path path) throws IOException {
		return Files.size(path) + " bytes, modified " + Files.getLastModifiedTime(path);
	}

	private void readLines(Consumer<String> consumer) {
		try {
			String now = stamp(path);
			if (!now.equals(stamp)) {
				throw new RevisionLocationException(RevisionLocationException.Problem.UNREADABLE,
						new SourceLocation(file, 0), "the file changed after it was read (" + stamp + ", now " + now
								+ "); run the command again once it no longer changes");
			}
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
		try (Reader in = new InputStreamReader(Files.newInputStream(path),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT))) {
			LineReader lines = new LineReader(in);
			int number = 0;
			for (String line = lines.next(); line != null && ++number < endLine; line = lines.next()) {
				if (number >= firstLine) {
					consumer.accept(line);
				}
			}
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	private RevisionLocationException unreadable(IOException ex) {
		return new RevisionLocationException(RevisionLocationException.Problem.UNREADABLE, new SourceLocation(file, 0),
				"cannot read " + path + " again to run it (" + ex + "); check that the file is still there and"
						+ " readable",
				ex);
	}

}
