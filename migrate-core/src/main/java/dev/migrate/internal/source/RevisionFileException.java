package dev.migrate.internal.source;

import dev.migrate.result.SourceLocation;
import java.util.Objects;

/**
 * A SQL revision file that does not follow the revision file format: the header, the
 * sections or the file name. The location names the file and, where there is one, the
 * offending line.
 */
public final class RevisionFileException extends RevisionSourceException {

	private static final long serialVersionUID = 1L;

	/** What is wrong with the file. */
	public enum Problem {

		/** The file has no content at all (or only whitespace). */
		EMPTY_FILE,
		/** The file name is not {@code <id>_<slug>.sql}. */
		BAD_FILE_NAME,
		/**
		 * The id at the start of the file name is not the id in the {@code -- revision:}
		 * header.
		 */
		ID_MISMATCH,
		/** A header line is not of the form {@code -- key: value}. */
		MALFORMED_HEADER_LINE,
		/** A header line uses a key that does not exist. */
		UNKNOWN_HEADER_KEY,
		/** The same header key appears twice. */
		DUPLICATE_HEADER_KEY,
		/** There is no {@code -- revision:} header. */
		MISSING_REVISION_HEADER,
		/**
		 * A revision id in {@code revision}, {@code revises} or {@code depends-on} is not
		 * a valid id.
		 */
		INVALID_ID,
		/** A branch label is not a valid label. */
		INVALID_BRANCH_LABEL,
		/** A comma-separated header value lists the same entry twice. */
		DUPLICATE_VALUE,
		/** {@code transactional} is neither {@code true} nor {@code false}. */
		BAD_TRANSACTIONAL_VALUE,
		/** Something other than header lines comes before the first section marker. */
		SQL_BEFORE_SECTION,
		/**
		 * A {@code -- migrate:} line is not exactly {@code -- migrate:upgrade} or
		 * {@code -- migrate:downgrade}.
		 */
		UNKNOWN_SECTION,
		/** The same section marker appears twice. */
		DUPLICATE_SECTION,
		/** There is no {@code -- migrate:upgrade} section. */
		MISSING_UPGRADE_SECTION,
		/**
		 * An {@code -- migrate:autocommit} / {@code -- migrate:end-autocommit} marker
		 * outside a section, unpaired or nested, or in a {@code transactional: false}
		 * file.
		 */
		AUTOCOMMIT_BLOCK

	}

	private final Problem problem;

	public RevisionFileException(Problem problem, SourceLocation location, String message) {
		super(location, message);
		this.problem = Objects.requireNonNull(problem, "problem");
	}

	public Problem problem() {
		return problem;
	}

}
