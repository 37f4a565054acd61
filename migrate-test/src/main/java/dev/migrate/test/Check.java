package dev.migrate.test;

/**
 * The standard checks {@link MigrationChecks} runs; each can be switched off with
 * {@link MigrationChecks#skip()}.
 */
public enum Check {

	/**
	 * The revisions have exactly one head (pytest-alembic
	 * {@code test_single_head_revision}).
	 */
	SINGLE_HEAD("single head"),

	/** An empty database upgrades to the heads (pytest-alembic {@code test_upgrade}). */
	UPGRADE("upgrade base -> heads"),

	/**
	 * Every revision, in graph order, is upgraded, downgraded and upgraded again, and the
	 * schema after the second upgrade equals the one after the first (pytest-alembic
	 * {@code test_up_down_consistency}).
	 */
	STAIRWAY("stairway: every revision up, down, up"),

	/**
	 * Part of the stairway: the catalog (and the data of the fixtures) after each
	 * downgrade equals what it was before that revision's upgrade (pytest-alembic
	 * {@code test_downgrade_leaves_no_trace}).
	 */
	NO_TRACE("downgrade leaves no trace"),

	/**
	 * The migrated schema matches the entity model (pytest-alembic
	 * {@code test_model_definitions_match_ddl}).
	 */
	DRIFT("entities match the migrated schema"),

	/** The revisions pass {@code migrate lint} without errors. */
	LINT("revisions pass lint"),

	/**
	 * The offline script ({@code upgrade --sql}) run on an empty database gives the same
	 * catalog and recorded heads as the online upgrade.
	 */
	OFFLINE("offline SQL reaches the same schema as online");

	private final String displayName;

	Check(String displayName) {
		this.displayName = displayName;
	}

	/** How the check is named in test reports. */
	public String displayName() {
		return displayName;
	}

}
