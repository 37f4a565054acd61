package dev.migrate.internal.lint.sql;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One action of an {@code ALTER TABLE}.
 *
 * @param kind what the action does
 * @param column the column it concerns, or {@code null}
 * @param newName the new name of a rename, or {@code null}
 * @param definition the added column of {@link Kind#ADD_COLUMN}, else {@code null}
 * @param constraint the added constraint of {@link Kind#ADD_CONSTRAINT}, else
 * {@code null}
 * @param type the new type of {@link Kind#ALTER_COLUMN_TYPE}, else empty
 * @param tokens every token of the action, for rules that look further
 */
public record AlterTableAction(Kind kind, @Nullable String column, @Nullable String newName,
		@Nullable ColumnDefinition definition, @Nullable TableConstraint constraint, List<SqlToken> type,
		List<SqlToken> tokens) {

	/** The action kinds the rules distinguish. */
	public enum Kind {

		ADD_COLUMN, DROP_COLUMN, ALTER_COLUMN_TYPE, SET_NOT_NULL, DROP_NOT_NULL, SET_DEFAULT, DROP_DEFAULT,
		RENAME_COLUMN, RENAME_TABLE, RENAME_CONSTRAINT, ADD_CONSTRAINT, VALIDATE_CONSTRAINT, DROP_CONSTRAINT,
		DETACH_PARTITION, OTHER

	}

	public AlterTableAction {
		type = List.copyOf(type);
		tokens = List.copyOf(tokens);
	}
}
