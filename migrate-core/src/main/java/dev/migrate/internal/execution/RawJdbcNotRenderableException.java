package dev.migrate.internal.execution;

import dev.migrate.MigrateException;

/**
 * A Java revision asked for the JDBC connection while being rendered offline. What it
 * would do with the connection is unknowable without a database, so the revision has no
 * SQL rendering.
 */
public class RawJdbcNotRenderableException extends MigrateException {

	private static final long serialVersionUID = 1L;

	private final String revisionId;

	public RawJdbcNotRenderableException(String revisionId) {
		super("Revision " + (revisionId == null ? "" : revisionId + " ")
				+ "uses raw JDBC (Operations.connection()), so it cannot be rendered to SQL offline (upgrade --sql)."
				+ " Run it online, or express the change with operations such as op.execute(sql, params...) and"
				+ " op.bulkInsert(...).");
		this.revisionId = revisionId;
	}

	/** The revision, or {@code null} when the recorder was not told. */
	public String revisionId() {
		return revisionId;
	}

}
