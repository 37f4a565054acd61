package dev.migrate.internal.source;

import dev.migrate.Transactional;
import dev.migrate.internal.revision.RevisionIds;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.revision.Sha256;
import dev.migrate.result.SourceLocation;
import dev.migrate.internal.source.RevisionFileException.Problem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a SQL revision file into a {@link RevisionScript}.
 *
 * <pre>{@code
 * -- revision: 9c3e5f8a1d2b
 * -- revises: 3a8f1c2d4b7e
 * -- message: add phone_number to users
 * -- branch-labels: billing
 * -- depends-on: 7f00aa11bb22
 * -- transactional: false
 *
 * -- migrate:upgrade
 * ALTER TABLE users ADD COLUMN phone_number varchar(20);
 *
 * -- migrate:downgrade
 * ALTER TABLE users DROP COLUMN phone_number;
 * }</pre>
 *
 * <h2>Header</h2> Everything before the first section marker is the header, and the
 * header is strict: each line is either blank or {@code -- key: value}, with one of the
 * keys {@code revision} (required), {@code revises}, {@code message},
 * {@code branch-labels}, {@code depends-on}, {@code transactional}, {@code created} (when
 * {@code revision} wrote the file; for people, ignored by the engine). <b>Free-text
 * comments are not allowed in the header</b>; they belong inside a section. The reason is
 * that a lenient header would silently ignore a mistyped line such as
 * {@code -- depends on 7f00aa11bb22} or {@code -- revises 3a8f1c2d4b7e}, producing a
 * revision with the wrong place in the graph. Keys are matched case-insensitively; an
 * unknown key is reported with the closest known one. Each key may appear once.
 * {@code revises}, {@code branch-labels} and {@code depends-on} take comma-separated
 * lists; an empty or absent {@code revises} makes a base revision, several make a merge.
 * {@code transactional} is {@code true} (the default) or {@code false}.
 *
 * <h2>Sections</h2> A line {@code -- migrate:upgrade} or {@code -- migrate:downgrade}
 * (spaces around the colon and any letter case accepted) starts a section; each may
 * appear once, upgrade is required. A marker must be alone on its line: read as a
 * comment, {@code -- migrate:downgrade -- undo} would have the downgrade SQL run on
 * upgrade, so it is an error. Markers are recognised by line, before the SQL is split, so
 * they must not appear at the start of a line inside a string or function body. A file
 * without a downgrade section is irreversible; an empty downgrade section is an explicit
 * no-op. Section bodies are split by {@link SqlStatementSplitter}.
 *
 * <h2>Autocommit blocks</h2> Inside a section, the lines {@code -- migrate:autocommit}
 * and {@code -- migrate:end-autocommit} (recognised as leniently as section markers)
 * enclose statements that run outside the revision's transaction, as Alembic's
 * {@code autocommit_block()}. A marker outside a section, a block opened inside another,
 * an end without a block, a block left open where its section ends, a block in a
 * {@code transactional: false} file and a block in a file read line by line (see
 * {@link #parse(String, Path)}) are errors at the marker's line.
 *
 * <h2>File name and checksum</h2> The file name must be {@code <id>_<slug>.sql} with the
 * id of the {@code revision} header. The checksum is the SHA-256 (lower-case hex) of the
 * content with a UTF-8 byte order mark removed and line endings normalized to LF, so
 * checking a file out on Windows does not change it.
 */
public final class SqlRevisionParser {

	static final String REVISION = "revision";
	static final String REVISES = "revises";
	static final String MESSAGE = "message";
	static final String BRANCH_LABELS = "branch-labels";
	static final String DEPENDS_ON = "depends-on";
	static final String TRANSACTIONAL = "transactional";
	static final String CREATED = "created";

	private static final List<String> KEYS = List.of(REVISION, REVISES, MESSAGE, BRANCH_LABELS, DEPENDS_ON,
			TRANSACTIONAL, CREATED);

	private static final Set<String> LIST_KEYS = Set.of(REVISES, BRANCH_LABELS, DEPENDS_ON);

	/**
	 * Names people bring from Alembic, Flyway or habit, too far from ours for edit
	 * distance to catch.
	 */
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("id", REVISION),
			Map.entry("rev", REVISION), Map.entry("down_revision", REVISES), Map.entry("down-revision", REVISES),
			Map.entry("parent", REVISES), Map.entry("parents", REVISES), Map.entry("description", MESSAGE),
			Map.entry("desc", MESSAGE), Map.entry("msg", MESSAGE), Map.entry("labels", BRANCH_LABELS),
			Map.entry("branch", BRANCH_LABELS), Map.entry("depends", DEPENDS_ON),
			Map.entry("transaction", TRANSACTIONAL), Map.entry("create-date", CREATED),
			Map.entry("create_date", CREATED), Map.entry("date", CREATED));

	private static final String UPGRADE = "upgrade";

	private static final String DOWNGRADE = "downgrade";

	/**
	 * Starts an autocommit block inside a section. Named for what its lines run in (the
	 * term of Alembic's {@code autocommit_block} and of JDBC); a "begin" in the name
	 * would read as SQL's {@code BEGIN}, the opposite of what happens there.
	 */
	private static final String AUTOCOMMIT = "autocommit";

	/** Ends the autocommit block, as {@code END IF} / {@code END LOOP} end theirs. */
	private static final String END_AUTOCOMMIT = "end-autocommit";

	private static final List<String> MARKERS = List.of(UPGRADE, DOWNGRADE, AUTOCOMMIT, END_AUTOCOMMIT);

	private final String source;

	private final String text;

	private int lineCount;

	private final Map<String, Integer> headerLines = new HashMap<>();

	private final Map<String, String> headerValues = new HashMap<>();

	private final Map<String, Integer> sectionLines = new HashMap<>();

	private final Map<String, String> sectionBodies = new HashMap<>();

	private final Map<String, List<SqlSection.Part>> sectionParts = new HashMap<>();

	/** The line of the first autocommit marker, or 0 when the file has none. */
	private int firstBlockLine;

	/** Cuts the current section at its autocommit markers; null in the header. */
	private PartCutter parts;

	/** Where each section of a file read line by line ends: the next marker's line. */
	private final Map<String, Integer> sectionEnds = new HashMap<>();

	/** {@link FileSection#stamp} of {@link #file} when reading it began. */
	private String fileStamp;

	/** The section the lines read so far belong to; null in the header. */
	private String section;

	/** The file read line by line, null when {@link #text} holds it. */
	private final Path file;

	private SqlRevisionParser(String source, String normalizedContent, Path file) {
		this.source = source;
		this.text = normalizedContent;
		this.file = file;
	}

	/**
	 * Parses one revision file.
	 * @param source the file as users know it, e.g.
	 * {@code classpath:db/revisions/9c3e5f8a1d2b_add_phone.sql}; the part after the last
	 * {@code /}, {@code \} or {@code :} is the file name that is checked
	 * @param content the file's text
	 * @throws RevisionFileException when the file does not follow the format
	 * @throws SqlScriptException when a section's SQL cannot be split
	 */
	public static RevisionScript parse(String source, String content) {
		String fileName = fileName(source);
		checkFileNameShape(source, fileName);
		String normalized = normalize(content);
		if (normalized.isBlank()) {
			throw emptyFile(source);
		}
		SqlRevisionParser parser = new SqlRevisionParser(source, normalized, null);
		parser.readLines();
		// The checksum (final newlines made one) and its equivalents (none, two), hashing
		// the text once.
		List<String> checksums = Sha256.hexWithEndings(withoutFinalNewlines(normalized), "\n", "", "\n\n");
		return parser.toScript(fileName, checksums.get(0), Set.of(checksums.get(1), checksums.get(2)));
	}

	/**
	 * Parses a revision file too large to hold in memory, reading it line by line: the
	 * result is the same as {@link #parse(String, String)} of its content, except that
	 * its sections are read from the file again whenever their statements are needed, and
	 * that an autocommit block is refused (its statements are streamed with no place for
	 * the block's commits).
	 * @param source the file as users know it
	 * @param file the file on disk
	 * @throws RevisionFileException when the file does not follow the format, or has an
	 * autocommit block
	 */
	public static RevisionScript parse(String source, Path file) {
		String fileName = fileName(source);
		checkFileNameShape(source, fileName);
		SqlRevisionParser parser = new SqlRevisionParser(source, null, file);
		LineChecksum checksum = parser.readLines(file);
		if (checksum == null) {
			throw emptyFile(source);
		}
		return parser.toScript(fileName, checksum.checksum(), checksum.equivalentChecksums());
	}

	/**
	 * The checksum of a revision file: SHA-256, lower-case hex, of the content after
	 * {@link #normalize}, with its final newlines made exactly one. Adding or removing a
	 * final newline (an editor's doing) is no edit; and a file that ends in one newline,
	 * as nearly all do, hashes exactly as before this rule, so its recorded checksum
	 * stays valid. The other endings' former checksums are accepted as
	 * {@linkplain RevisionScript#equivalentChecksums equivalent}.
	 */
	public static String checksum(String content) {
		return checksumOfNormalized(normalize(content));
	}

	/**
	 * Removes a leading UTF-8 byte order mark and turns CRLF and lone CR line endings
	 * into LF.
	 */
	public static String normalize(String content) {
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private RevisionScript toScript(String fileName, String checksum, Set<String> equivalentChecksums) {
		if (!headerLines.containsKey(REVISION)) {
			throw error(Problem.MISSING_REVISION_HEADER, 1,
					"the header has no '-- revision: <id>' line; add it as the first line, with the id from the"
							+ " file name");
		}
		int revisionLine = headerLines.get(REVISION);
		String id = headerValues.get(REVISION);
		if (!RevisionIds.isValidId(id)) {
			throw error(Problem.INVALID_ID, revisionLine,
					"revision id '" + id + "' is not valid; an id is " + RevisionIds.ID_RULE);
		}
		String stem = fileName.substring(0, fileName.length() - ".sql".length());
		if (!stem.startsWith(id + "_") || stem.length() == id.length() + 1) {
			throw error(Problem.ID_MISMATCH, revisionLine,
					"the file name " + fileName + " does not start with the revision id '" + id + "' of the header;"
							+ " rename the file to " + id + "_" + slugOf(stem) + ".sql or correct the header");
		}
		if (!sectionLines.containsKey(UPGRADE)) {
			throw error(Problem.MISSING_UPGRADE_SECTION, lineCount,
					"there is no '-- migrate:upgrade' section; add a line '-- migrate:upgrade' after the header,"
							+ " followed by the upgrade SQL");
		}
		List<String> parents = idList(REVISES);
		Set<String> labels = new LinkedHashSet<>(list(BRANCH_LABELS));
		for (String label : labels) {
			if (!RevisionIds.isValidBranchLabel(label)) {
				throw error(Problem.INVALID_BRANCH_LABEL, headerLines.get(BRANCH_LABELS), "branch label '" + label
						+ "' is not valid; a label is " + RevisionIds.ID_RULE + " and not head, heads or base");
			}
		}
		List<String> dependsOn = idList(DEPENDS_ON);
		boolean transactional = transactional();
		if (!transactional && firstBlockLine > 0) {
			throw error(Problem.AUTOCOMMIT_BLOCK, firstBlockLine,
					"an autocommit block in a file declared"
							+ " 'transactional: false', where every statement already commits on its own; remove the"
							+ " '-- migrate:autocommit' and '-- migrate:end-autocommit' lines, or remove the"
							+ " 'transactional: false' header (line " + headerLines.get(TRANSACTIONAL)
							+ ") to run the rest of the revision in a transaction");
		}
		SqlSection upgrade = section(UPGRADE);
		SqlSection downgrade = sectionLines.containsKey(DOWNGRADE) ? section(DOWNGRADE) : null;
		return new RevisionScript(id, parents, labels, dependsOn, headerValues.getOrDefault(MESSAGE, ""),
				transactional ? Transactional.TRUE : Transactional.FALSE, checksum,
				new SourceLocation(source, revisionLine), new SqlMigration(source, upgrade, downgrade, transactional),
				downgrade != null, equivalentChecksums);
	}

	/**
	 * Sorts every line into the header or a section body, checking the header as it goes.
	 * Only comment lines are looked at closely: a section body is cut out of the text
	 * whole, and its statements are split when the revision is about to run (see
	 * {@link SqlMigration}).
	 */
	private void readLines() {
		int bodyStart = 0;
		int length = text.length();
		int lineStart = 0;
		int lineNumber = 0;
		while (lineStart <= length) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = length;
			}
			lineNumber++;
			String previous = section;
			if (readLine(text, lineStart, lineEnd, lineNumber)) {
				if (previous != null) {
					sectionBodies.put(previous, text.substring(bodyStart, Math.max(bodyStart, lineStart - 1)));
					sectionParts.put(previous, parts.finish(lineStart, lineNumber));
				}
				bodyStart = Math.min(lineEnd + 1, length);
				parts = new PartCutter(section, bodyStart, lineNumber + 1);
			}
			lineStart = lineEnd + 1;
		}
		lineCount = lineNumber;
		if (section != null) {
			sectionBodies.put(section, text.substring(bodyStart));
			sectionParts.put(section, parts.finish(length + 1, 0));
		}
	}

	/**
	 * Cuts one section's text at its autocommit markers, checking that they pair up: a
	 * block opens, closes, and opens again only after it closed, all within the section.
	 */
	private final class PartCutter {

		private final String section;

		private final List<SqlSection.Part> parts = new ArrayList<>();

		private int partStart;

		private int partLine;

		/** The line of the open block's marker, or 0 outside a block. */
		private int openedOn;

		PartCutter(String section, int partStart, int partLine) {
			this.section = section;
			this.partStart = partStart;
			this.partLine = partLine;
		}

		void marker(boolean opens, int lineNumber, int lineStart, int lineEnd) {
			if (opens && openedOn > 0) {
				throw error(Problem.AUTOCOMMIT_BLOCK, lineNumber,
						"'-- migrate:autocommit' inside the autocommit block" + " opened on line " + openedOn
								+ "; blocks do not nest: close the first one with"
								+ " '-- migrate:end-autocommit' before opening another, or remove this line");
			}
			if (!opens && openedOn == 0) {
				throw error(Problem.AUTOCOMMIT_BLOCK, lineNumber,
						"'-- migrate:end-autocommit' without an open" + " autocommit block in the " + section
								+ " section; put '-- migrate:autocommit' on the line"
								+ " before the block's first statement, or remove this line");
			}
			cut(lineStart, opens);
			openedOn = opens ? lineNumber : 0;
			partStart = Math.min(lineEnd + 1, text.length());
			partLine = lineNumber + 1;
		}

		/**
		 * The parts, once the section ends before {@code endOffset} (the next marker's
		 * line, or past the end of the file) on line {@code endLine} (0 at the end of the
		 * file).
		 */
		List<SqlSection.Part> finish(int endOffset, int endLine) {
			if (openedOn > 0) {
				throw error(Problem.AUTOCOMMIT_BLOCK, openedOn,
						"the autocommit block opened here is never closed" + " in the " + section
								+ " section; add '-- migrate:end-autocommit' after its last" + " statement"
								+ ((endLine > 0) ? " (before line " + endLine + ")" : ""));
			}
			cut(endOffset, false);
			return List.copyOf(parts);
		}

		/** Ends the part before {@code nextLineStart}; it is a block if one was open. */
		private void cut(int nextLineStart, boolean opening) {
			String partText = text.substring(partStart, Math.max(partStart, nextLineStart - 1));
			// An empty stretch outside a block (before the first marker, between two
			// blocks) is no part; a block is kept even empty, as written.
			if (openedOn > 0 || !partText.isBlank() || (parts.isEmpty() && !opening)) {
				parts.add(new SqlSection.Part(partText, partLine, openedOn > 0));
			}
		}

	}

	/**
	 * Reads one line, {@code line[lineStart, lineEnd)}: a header line is checked and
	 * kept, a section marker opens its section ({@link #section}), an autocommit marker
	 * cuts the section ({@link #parts}). Both ways of reading a file go through here, so
	 * markers are recognised the same way in either.
	 * @return whether the line is a section marker
	 */
	private boolean readLine(String line, int lineStart, int lineEnd, int lineNumber) {
		int from = lineStart;
		int to = lineEnd;
		while (from < to && Character.isWhitespace(line.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
			to--;
		}
		boolean comment = to - from >= 2 && line.charAt(from) == '-' && line.charAt(from + 1) == '-';
		// Only a comment can be a marker (or, before the first one, a header line).
		String marker = comment && startsLikeMarker(line, from, to) ? markerName(line.substring(from, to), lineNumber)
				: null;
		if (marker != null && (marker.equals(AUTOCOMMIT) || marker.equals(END_AUTOCOMMIT))) {
			autocommitMarker(marker, lineNumber, lineStart, lineEnd);
			return false;
		}
		if (marker != null) {
			if (sectionLines.containsKey(marker)) {
				throw error(Problem.DUPLICATE_SECTION, lineNumber,
						"a second '-- migrate:" + marker + "' section; the first one starts on line "
								+ sectionLines.get(marker) + "; merge the two into one");
			}
			section = marker;
			sectionLines.put(marker, lineNumber);
			return true;
		}
		if (section == null && from < to) {
			readHeaderLine(line.substring(from, to), lineNumber, comment);
		}
		return false;
	}

	private void autocommitMarker(String marker, int lineNumber, int lineStart, int lineEnd) {
		if (section == null) {
			throw error(Problem.AUTOCOMMIT_BLOCK, lineNumber, "'-- migrate:" + marker + "' is outside a"
					+ " section; autocommit blocks go inside '-- migrate:upgrade' or '-- migrate:downgrade'");
		}
		if (file != null) {
			// A streamed section is split block by block of the file, and its statements
			// go one by one to the run and to the offline script, with no place for the
			// COMMIT and BEGIN around a block; a block rarely shares a revision with bulk
			// data, so it is refused rather than supported there.
			throw error(Problem.AUTOCOMMIT_BLOCK, lineNumber,
					"an autocommit block in a file larger than " + (SqlRevisionScanner.STREAM_ABOVE_BYTES >> 20)
							+ " MiB, which is read piece by piece and cannot have one; move the block (from"
							+ " '-- migrate:autocommit' to '-- migrate:end-autocommit') into a smaller revision of"
							+ " its own");
		}
		parts.marker(marker.equals(AUTOCOMMIT), lineNumber, lineStart, lineEnd);
		firstBlockLine = (firstBlockLine == 0) ? lineNumber : firstBlockLine;
	}

	/**
	 * Reads a file too large to hold (see {@link SqlRevisionScanner}) line by line: the
	 * header and markers as {@link #readLines} does, the checksums from the lines as they
	 * pass; sections keep only where they start and end.
	 * @return the checksums, or null when the file is blank
	 */
	private LineChecksum readLines(Path file) {
		LineChecksum checksum = new LineChecksum();
		int lineNumber = 0;
		try {
			fileStamp = FileSection.stamp(file);
		}
		catch (IOException ex) {
			throw unreadable(file, ex);
		}
		try (Reader in = new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT))) {
			LineReader lines = new LineReader(in);
			for (String line = lines.next(); line != null; line = lines.next()) {
				lineNumber++;
				checksum.line(line);
				String previous = section;
				if (readLine(line, 0, line.length(), lineNumber) && previous != null) {
					sectionEnds.put(previous, lineNumber);
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw notUtf8(file, ex);
		}
		catch (IOException ex) {
			throw new RevisionLocationException(RevisionLocationException.Problem.UNREADABLE,
					new SourceLocation(source, 0),
					"cannot read " + file + " (" + ex + "); check that the file is" + " readable", ex);
		}
		lineCount = lineNumber;
		return checksum.blank() ? null : checksum;
	}

	private RevisionLocationException notUtf8(Path file, CharacterCodingException ex) {
		long[] bad;
		try {
			bad = LineReader.firstBadByte(file);
		}
		catch (IOException unreadable) {
			bad = null;
		}
		return new RevisionLocationException(RevisionLocationException.Problem.NOT_UTF8,
				new SourceLocation(source, bad == null ? 0 : (int) bad[0]), "the file is not valid UTF-8"
						+ (bad == null ? "" : " (byte offset " + bad[1] + ")") + "; save it as UTF-8",
				ex);
	}

	private static RevisionFileException emptyFile(String source) {
		return new RevisionFileException(Problem.EMPTY_FILE, new SourceLocation(source, 0),
				"the file is empty; write a header ('-- revision: <id>') and a '-- migrate:upgrade' section,"
						+ " or delete the file");
	}

	private RevisionLocationException unreadable(Path file, IOException ex) {
		return new RevisionLocationException(RevisionLocationException.Problem.UNREADABLE,
				new SourceLocation(source, 0), "cannot read " + file + " (" + ex + "); check that the file is readable",
				ex);
	}

	/**
	 * The section a marker line starts, or null when the (stripped) line, which
	 * {@link #startsLikeMarker} accepted, is not a marker. A marker is
	 * {@code --\s*migrate\s*:\s*(\w*)} (any letter case); one followed by more text,
	 * {@code --\s*migrate\s*:\s*(upgrade|downgrade)\b.+}, is an error. Matched by hand,
	 * as this runs for every file at startup.
	 */
	private String markerName(String line, int lineNumber) {
		int i = skipRegexSpace(line, skipRegexSpace(line, 2) + "migrate".length());
		if (i >= line.length() || line.charAt(i) != ':') {
			return null;
		}
		String rest = line.substring(skipRegexSpace(line, i + 1));
		int word = 0;
		while (word < rest.length() && isMarkerChar(rest.charAt(word))) {
			word++;
		}
		if (word == rest.length()) {
			return sectionName(rest, lineNumber);
		}
		boolean markerWord = word > 0 && MARKERS.stream()
			.anyMatch(name -> rest.regionMatches(true, 0, name, 0, name.length())
					&& !(name.length() < rest.length() && isMarkerChar(rest.charAt(name.length()))));
		if (markerWord) {
			throw error(Problem.UNKNOWN_SECTION, lineNumber, "'" + line + "' looks like a marker with more text"
					+ " after it; write the marker ('-- migrate:upgrade', '-- migrate:downgrade',"
					+ " '-- migrate:autocommit' or '-- migrate:end-autocommit') alone on the line and put comments"
					+ " on the next one");
		}
		return null;
	}

	/** A character of a marker's name: {@code \w} or a hyphen. */
	private static boolean isMarkerChar(char c) {
		return isWordChar(c) || c == '-';
	}

	private static int skipRegexSpace(String line, int from) {
		int i = from;
		while (i < line.length() && isRegexSpace(line.charAt(i))) {
			i++;
		}
		return i;
	}

	/** What {@code \w} matches in a Java regular expression without flags. */
	private static boolean isWordChar(char c) {
		return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
	}

	private static boolean isWordCharAt(String text, int index) {
		return index < text.length() && isWordChar(text.charAt(index));
	}

	/**
	 * Whether the comment line {@code text[from, to)} reads {@code --}, optional white
	 * space, then "migrate" in any case: the start both marker patterns require. Checked
	 * in place, so that the other comment lines (most of them, inside section bodies) are
	 * not even copied.
	 */
	private static boolean startsLikeMarker(String text, int from, int to) {
		int i = from + 2;
		while (i < to && isRegexSpace(text.charAt(i))) {
			i++;
		}
		return i + 7 <= to && text.regionMatches(true, i, "migrate", 0, 7);
	}

	private String sectionName(String name, int lineNumber) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (MARKERS.contains(lower)) {
			return lower;
		}
		// dbmate spells them up and down.
		Optional<String> suggestion = lower.equals("up") ? Optional.of(UPGRADE)
				: lower.equals("down") ? Optional.of(DOWNGRADE) : Suggestions.closest(lower, MARKERS);
		throw error(Problem.UNKNOWN_SECTION, lineNumber,
				"unknown section '-- migrate:" + name + "'" + didYouMean(suggestion.map(s -> "-- migrate:" + s))
						+ "; the sections are '-- migrate:upgrade' and '-- migrate:downgrade', and inside them"
						+ " '-- migrate:autocommit' ... '-- migrate:end-autocommit' mark an autocommit block");
	}

	private void readHeaderLine(String line, int lineNumber, boolean comment) {
		if (!comment) {
			throw error(Problem.SQL_BEFORE_SECTION, lineNumber, "SQL before the first section; only '-- key: value'"
					+ " header lines may come before '-- migrate:upgrade', so put the SQL below that line");
		}
		String[] keyAndValue = headerKeyAndValue(line);
		if (keyAndValue == null) {
			throw error(Problem.MALFORMED_HEADER_LINE, lineNumber,
					"header line '" + line + "' is not of the form" + " '-- key: value'; write it as a header (keys: "
							+ String.join(", ", KEYS) + "), or move"
							+ " free-text comments below '-- migrate:upgrade'");
		}
		String rawKey = keyAndValue[0];
		String key = rawKey.toLowerCase(Locale.ROOT);
		if (key.equals("migrate")) {
			throw error(Problem.UNKNOWN_SECTION, lineNumber, "'" + line + "' is not a section marker; write"
					+ " '-- migrate:upgrade' or '-- migrate:downgrade' alone on the line");
		}
		if (!KEYS.contains(key)) {
			Optional<String> suggestion = Optional.ofNullable(ALIASES.get(key))
				.or(() -> Suggestions.closest(key, KEYS));
			throw error(Problem.UNKNOWN_HEADER_KEY, lineNumber,
					"unknown header key '" + rawKey + "'" + didYouMean(suggestion) + "; the keys are "
							+ String.join(", ", KEYS) + " (free-text comments belong below '-- migrate:upgrade')");
		}
		Integer previous = headerLines.putIfAbsent(key, lineNumber);
		if (previous != null) {
			throw error(Problem.DUPLICATE_HEADER_KEY, lineNumber,
					"header key '" + key + "' appears again (first on" + " line " + previous + "); keep one line"
							+ (LIST_KEYS.contains(key) ? " and separate several values with commas" : ""));
		}
		headerValues.put(key, keyAndValue[1].strip());
	}

	/**
	 * {@code --} key {@code :} value, as {@code --\s*([A-Za-z][A-Za-z0-9_-]*)\s*:(.*)}
	 * would match it, without a regular expression (it runs for every header line of
	 * every file at startup); null when the line is not of that form.
	 */
	private static String[] headerKeyAndValue(String line) {
		int keyStart = skipRegexSpace(line, 2);
		if (keyStart >= line.length() || !isAsciiLetter(line.charAt(keyStart))) {
			return null;
		}
		int keyEnd = keyStart;
		while (keyEnd < line.length() && (isWordChar(line.charAt(keyEnd)) || line.charAt(keyEnd) == '-')) {
			keyEnd++;
		}
		int i = skipRegexSpace(line, keyEnd);
		if (i >= line.length() || line.charAt(i) != ':') {
			return null;
		}
		return new String[] { line.substring(keyStart, keyEnd), line.substring(i + 1) };
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** What {@code \s} matches in a Java regular expression without flags. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private List<String> idList(String key) {
		List<String> ids = list(key);
		for (String id : ids) {
			if (!RevisionIds.isValidId(id)) {
				throw error(Problem.INVALID_ID, headerLines.get(key), key + " lists '" + id + "', which is not a"
						+ " valid revision id (" + RevisionIds.ID_RULE + ")");
			}
			if (key.equals(REVISES) && Set.of("base", "none", "null").contains(id.toLowerCase(Locale.ROOT))) {
				throw error(Problem.INVALID_ID, headerLines.get(key), "'" + key + ": " + id + "' names no revision;"
						+ " leave 'revises:' empty (or remove the line) to make this a base revision");
			}
		}
		return ids;
	}

	/**
	 * A comma-separated header value; empty entries (a stray comma) are kept so they fail
	 * validation.
	 */
	private List<String> list(String key) {
		String value = headerValues.getOrDefault(key, "");
		if (value.isEmpty()) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String raw : value.split(",", -1)) {
			String item = raw.strip();
			if (!item.isEmpty() && !seen.add(item)) {
				throw error(Problem.DUPLICATE_VALUE, headerLines.get(key),
						key + " lists '" + item + "' twice;" + " remove one");
			}
			items.add(item);
		}
		return items;
	}

	private boolean transactional() {
		String value = headerValues.get(TRANSACTIONAL);
		if (value == null || value.equalsIgnoreCase("true")) {
			return true;
		}
		if (value.equalsIgnoreCase("false")) {
			return false;
		}
		throw error(Problem.BAD_TRANSACTIONAL_VALUE, headerLines.get(TRANSACTIONAL), "transactional is '" + value
				+ "'; write 'true' (the default: the revision runs in one transaction) or 'false' (each statement"
				+ " commits on its own, needed for CREATE INDEX CONCURRENTLY)");
	}

	private SqlSection section(String name) {
		int firstLine = sectionLines.get(name) + 1;
		if (file != null) {
			return new FileSection(file, source, firstLine, sectionEnds.getOrDefault(name, Integer.MAX_VALUE),
					fileStamp);
		}
		return new TextSection(sectionBodies.get(name), source, firstLine, sectionParts.get(name));
	}

	private RevisionFileException error(Problem problem, int line, String message) {
		return new RevisionFileException(problem, new SourceLocation(source, line), message);
	}

	private static String didYouMean(Optional<String> suggestion) {
		return suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
	}

	private static void checkFileNameShape(String source, String fileName) {
		boolean sql = fileName.endsWith(".sql");
		String stem = sql ? fileName.substring(0, fileName.length() - ".sql".length()) : fileName;
		int underscore = stem.indexOf('_');
		if (!sql || underscore < 1 || underscore == stem.length() - 1) {
			throw new RevisionFileException(Problem.BAD_FILE_NAME, new SourceLocation(source, 0),
					"the file name " + fileName + " is not <id>_<slug>.sql; rename it, for example to"
							+ " 9c3e5f8a1d2b_add_phone_number.sql with the id of its '-- revision:' header");
		}
	}

	/**
	 * What follows the first underscore of a file name stem, for the rename suggestion.
	 */
	private static String slugOf(String stem) {
		int underscore = stem.indexOf('_');
		return underscore >= 0 && underscore < stem.length() - 1 ? stem.substring(underscore + 1) : stem;
	}

	private static String fileName(String source) {
		// Separators of classpath:/filesystem: prefixes, URLs and both kinds of file
		// system paths.
		int separator = Math.max(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')), source.lastIndexOf(':'));
		return source.substring(separator + 1);
	}

	private static String checksumOfNormalized(String normalized) {
		return Sha256.hex(withoutFinalNewlines(normalized) + "\n");
	}

	private static String withoutFinalNewlines(String normalized) {
		int end = normalized.length();
		while (end > 0 && normalized.charAt(end - 1) == '\n') {
			end--;
		}
		return normalized.substring(0, end);
	}

}
