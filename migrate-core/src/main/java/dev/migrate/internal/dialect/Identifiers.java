package dev.migrate.internal.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates and quotes identifiers for one dialect. A name stays bare only when it
 * matches the dialect's bare pattern (which excludes upper case, so case is preserved)
 * and is not a keyword the dialect reserves; every other name is double-quoted with
 * embedded {@code "} doubled, which makes any content (quotes, semicolons, comment
 * markers) part of the name and never SQL.
 */
public final class Identifiers {

	private final String dialectName;

	private final Pattern bare;

	private final Set<String> reservedWords;

	private final int maxBytes;

	/**
	 * @param dialectName for messages
	 * @param bare names that may stay unquoted (before the keyword check)
	 * @param reservedWords lower-case keywords that must be quoted to be used as names
	 * @param maxBytes longest name in UTF-8 bytes the database keeps intact
	 */
	public Identifiers(String dialectName, Pattern bare, Set<String> reservedWords, int maxBytes) {
		this.dialectName = Objects.requireNonNull(dialectName, "dialectName");
		this.bare = Objects.requireNonNull(bare, "bare");
		this.reservedWords = Set.copyOf(reservedWords);
		this.maxBytes = maxBytes;
	}

	/** The identifier as SQL: bare when safe, quoted otherwise. */
	public String quote(String identifier) {
		validate(identifier);
		if (bare.matcher(identifier).matches() && !isReserved(identifier)) {
			return identifier;
		}
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	/** Whether the word is reserved (case-insensitively, as SQL keywords are). */
	public boolean isReserved(String word) {
		return reservedWords.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * @throws InvalidIdentifierException when the name is empty, contains NUL, or is too
	 * long
	 */
	public void validate(String identifier) {
		Objects.requireNonNull(identifier, "identifier");
		if (identifier.isEmpty()) {
			throw new InvalidIdentifierException(identifier, InvalidIdentifierException.Reason.EMPTY,
					"An identifier must not be empty (" + dialectName + " rejects zero-length names)");
		}
		if (identifier.indexOf('\0') >= 0) {
			throw new InvalidIdentifierException(identifier, InvalidIdentifierException.Reason.NUL_CHARACTER,
					"Identifier \"" + identifier.replace("\0", "\\0") + "\" contains a NUL character, which "
							+ dialectName + " cannot store");
		}
		int bytes = identifier.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > maxBytes) {
			throw new InvalidIdentifierException(identifier, InvalidIdentifierException.Reason.TOO_LONG,
					"Identifier \"" + identifier + "\" is " + bytes + " bytes long in UTF-8; " + dialectName
							+ " keeps at most " + maxBytes + " and would silently truncate it. Choose a shorter name.");
		}
	}

}
