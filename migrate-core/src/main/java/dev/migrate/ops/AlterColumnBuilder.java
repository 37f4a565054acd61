package dev.migrate.ops;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Alembic's {@code alter_column}: several changes to one column, each becoming its own
 * operation (type, then nullability, then default, then comment, then rename). The
 * {@code existing*} methods record the state before, which makes each change reversible:
 *
 * <pre>{@code
 * op.alterColumn("users", "email", c -> c.type(ColumnType.varchar(320)).existingType(ColumnType.varchar(255)).nullable(false));
 * }</pre>
 */
public final class AlterColumnBuilder {

	private final ObjectName table;

	private final String column;

	private @Nullable ColumnType type;

	private @Nullable String using;

	private @Nullable ColumnType existingType;

	private @Nullable Boolean nullable;

	private boolean defaultChanged;

	private @Nullable ServerDefault serverDefault;

	private @Nullable ServerDefault existingServerDefault;

	private boolean commentChanged;

	private @Nullable String comment;

	private @Nullable String existingComment;

	private @Nullable String newName;

	AlterColumnBuilder(ObjectName table, String column) {
		this.table = table;
		this.column = column;
	}

	public AlterColumnBuilder type(ColumnType newType) {
		this.type = newType;
		return this;
	}

	/**
	 * A new type with a conversion expression, e.g.
	 * {@code type(INTEGER, "price::integer")}.
	 */
	public AlterColumnBuilder type(ColumnType newType, String usingExpression) {
		this.type = newType;
		this.using = usingExpression;
		return this;
	}

	/** The type before the change, so the change can be reversed. */
	public AlterColumnBuilder existingType(ColumnType previous) {
		this.existingType = previous;
		return this;
	}

	public AlterColumnBuilder nullable(boolean value) {
		this.nullable = value;
		return this;
	}

	public AlterColumnBuilder serverDefault(@Nullable ServerDefault value) {
		this.defaultChanged = true;
		this.serverDefault = value;
		return this;
	}

	public AlterColumnBuilder dropServerDefault() {
		return serverDefault(null);
	}

	/**
	 * The default before the change ({@code null}: none), so the change can be reversed.
	 */
	public AlterColumnBuilder existingServerDefault(@Nullable ServerDefault previous) {
		this.existingServerDefault = previous;
		return this;
	}

	/** A new comment; {@code null} removes it. */
	public AlterColumnBuilder comment(@Nullable String text) {
		this.commentChanged = true;
		this.comment = text;
		return this;
	}

	/**
	 * The comment before the change ({@code null}: none), so the change can be reversed.
	 */
	public AlterColumnBuilder existingComment(@Nullable String previous) {
		this.existingComment = previous;
		return this;
	}

	/** Renames the column after the other changes. */
	public AlterColumnBuilder rename(String name) {
		this.newName = name;
		return this;
	}

	List<Operation> build() {
		List<Operation> operations = new ArrayList<>();
		if (type != null) {
			operations.add(new AlterColumnType(table, column, type, using, existingType));
		}
		if (nullable != null) {
			operations.add(new AlterColumnNullable(table, column, nullable));
		}
		if (defaultChanged) {
			operations.add(new AlterColumnDefault(table, column, serverDefault, existingServerDefault));
		}
		if (commentChanged) {
			operations.add(new CommentOnColumn(table, column, comment, existingComment));
		}
		if (newName != null) {
			operations.add(new RenameColumn(table, column, newName));
		}
		if (operations.isEmpty()) {
			throw new IllegalArgumentException("alterColumn(" + table + ", " + column + ") changes nothing");
		}
		return operations;
	}

}
