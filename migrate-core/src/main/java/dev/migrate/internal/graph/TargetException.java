package dev.migrate.internal.graph;

import dev.migrate.MigrateException;

/**
 * A target (as given to upgrade, downgrade, stamp, history or show) that cannot be used.
 * Subclasses name the specific problem; this class itself is raised for targets that are
 * well formed and resolvable but make no sense where they were used, such as a range
 * given to {@code upgrade}.
 */
public class TargetException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String target;

	public TargetException(String target, String message) {
		super(message);
		this.target = target;
	}

	/** The target as the user wrote it (or as {@link Target#toString()} renders it). */
	public String target() {
		return target;
	}

}
