package dev.migrate;

import dev.migrate.result.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by {@link Migration#downgrade} (or raised by the planner before anything runs)
 * when a revision cannot be undone.
 */
public class IrreversibleMigrationException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final @Nullable String revisionId;

	private final transient @Nullable SourceLocation location;

	public IrreversibleMigrationException(String message) {
		this(message, null, null);
	}

	/**
	 * For errors about a known revision, so callers can name it without parsing the
	 * message.
	 * @param revisionId the irreversible revision, or {@code null} when unknown
	 * @param location where that revision is defined, or {@code null} when unknown
	 */
	public IrreversibleMigrationException(String message, @Nullable String revisionId,
			@Nullable SourceLocation location) {
		super(message);
		this.revisionId = revisionId;
		this.location = location;
	}

	/**
	 * The irreversible revision's id, or {@code null} when the thrower did not know it.
	 */
	public @Nullable String revisionId() {
		return revisionId;
	}

	/**
	 * Where the irreversible revision is defined, or {@code null} when the thrower did
	 * not know it.
	 */
	public @Nullable SourceLocation location() {
		return location;
	}

}
