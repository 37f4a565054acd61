package dev.migrate.ops;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code COMMENT ON TABLE t IS '...'}; a {@code null} comment removes it
 * ({@code IS NULL}). Reverses to {@code previousComment} ({@code null}: there was none),
 * as Alembic's {@code existing_comment}.
 *
 * @param table the table
 * @param comment the new comment, or {@code null} to remove it
 * @param previousComment the comment before, or {@code null}
 */
public record CommentOnTable(ObjectName table, @Nullable String comment,
		@Nullable String previousComment) implements Operation {

	public CommentOnTable {
		Objects.requireNonNull(table, "table");
	}

	@Override
	public Operation reverse() {
		return new CommentOnTable(table, previousComment, comment);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitCommentOnTable(this);
	}
}
