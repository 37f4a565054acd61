package dev.migrate.testing.unmarked;

/**
 * A type in a package without {@code package-info.java}: what
 * {@code ArchitectureRulesTest} expects the nullness rule to reject.
 */
public final class UnmarkedType {

	private UnmarkedType() {
	}

}
