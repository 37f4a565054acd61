package dev.migrate.ops;

/**
 * When a foreign key is checked: per statement, or (if deferrable) possibly at commit.
 */
public enum Deferrable {

	NOT_DEFERRABLE("NOT DEFERRABLE"), DEFERRABLE_INITIALLY_IMMEDIATE("DEFERRABLE INITIALLY IMMEDIATE"),
	DEFERRABLE_INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

	private final String sql;

	Deferrable(String sql) {
		this.sql = sql;
	}

	/** The SQL keywords, e.g. {@code DEFERRABLE INITIALLY DEFERRED}. */
	public String sql() {
		return sql;
	}

}
