package dev.migrate.internal.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The version table: one row per current head (Alembic's {@code alembic_version}).
 * Changes are derived from the heads a step removes and adds, as Alembic's
 * {@code HeadMaintainer} does: a removed head paired with an added one becomes an
 * {@code UPDATE}, the rest {@code DELETE}s and {@code INSERT}s, and every statement must
 * touch exactly one row, so a table changed behind our back is detected instead of
 * silently corrupted.
 */
public final class VersionTable {

	private final String table;

	public VersionTable(StateTableNames names) {
		this.table = names.qualifiedVersionTable();
	}

	/** The qualified table name as used in SQL. */
	public String name() {
		return table;
	}

	public String createSql() {
		return "CREATE TABLE IF NOT EXISTS " + table + " (revision varchar(64) NOT NULL PRIMARY KEY)";
	}

	public String selectSql() {
		return "SELECT revision FROM " + table + " ORDER BY revision";
	}

	/**
	 * The statements that turn the rows {@code before} into {@code after}: updates and
	 * deletes each expect one row (another count means someone changed the table outside
	 * the lock); inserts write their row or fail on the primary key, so there is nothing
	 * to count.
	 */
	public List<SqlCommand> changes(Set<String> before, Set<String> after) {
		List<String> removed = new ArrayList<>(before);
		removed.removeAll(after);
		List<String> added = new ArrayList<>(after);
		added.removeAll(before);
		List<SqlCommand> commands = new ArrayList<>();
		Iterator<String> adds = added.iterator();
		for (String old : removed) {
			if (adds.hasNext()) {
				commands.add(
						SqlCommand.of("UPDATE " + table + " SET revision = ? WHERE revision = ?", 1, adds.next(), old));
			}
			else {
				commands.add(SqlCommand.of("DELETE FROM " + table + " WHERE revision = ?", 1, old));
			}
		}
		while (adds.hasNext()) {
			commands.add(
					SqlCommand.of("INSERT INTO " + table + " (revision) VALUES (?)", SqlCommand.ANY_ROWS, adds.next()));
		}
		return commands;
	}

	/** Empties the table regardless of its contents ({@code stamp --purge}). */
	public SqlCommand purge() {
		return SqlCommand.of("DELETE FROM " + table, SqlCommand.ANY_ROWS);
	}

}
