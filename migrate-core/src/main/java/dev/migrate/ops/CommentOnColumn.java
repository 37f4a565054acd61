package dev.migrate.ops;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code COMMENT ON COLUMN t.c IS '...'}; a {@code null} comment removes it. Reverses to
 * {@code previousComment}.
 *
 * @param table the table
 * @param column the column
 * @param comment the new comment, or {@code null} to remove it
 * @param previousComment the comment before, or {@code null}
 */
public record CommentOnColumn(ObjectName table, String column, @Nullable String comment,
		@Nullable String previousComment) implements Operation {

	public CommentOnColumn {
		Objects.requireNonNull(table, "table");
		Names.require(column, "column");
	}

	@Override
	public Operation reverse() {
		return new CommentOnColumn(table, column, previousComment, comment);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitCommentOnColumn(this);
	}
}
