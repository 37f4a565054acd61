package dev.migrate.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Configures the table given to {@link Operations#createTable}:
 *
 * <pre>{@code
 * op.createTable("orders", t -> t
 *         .column("id", ColumnType.BIGINT, c -> c.identity().primaryKey())
 *         .column("user_id", ColumnType.BIGINT, c -> c.notNull())
 *         .column("total", ColumnType.numeric(12, 2), c -> c.notNull().defaultValue(0))
 *         .foreignKey(ForeignKey.of("user_id", "users", "id").onDelete(ReferentialAction.CASCADE))
 *         .check("total >= 0")
 *         .comment("one row per checkout"));
 * }</pre>
 */
public final class TableBuilder {

	private final ObjectName table;

	private final @Nullable String defaultSchema;

	private final List<Column> columns = new ArrayList<>();

	private final List<TableConstraint> constraints = new ArrayList<>();

	private @Nullable String comment;

	TableBuilder(ObjectName table, @Nullable String defaultSchema) {
		this.table = table;
		this.defaultSchema = defaultSchema;
	}

	/** A nullable column without options. */
	public TableBuilder column(String name, ColumnType type) {
		return column(name, type, c -> {
		});
	}

	public TableBuilder column(String name, ColumnType type, Consumer<ColumnBuilder> options) {
		ColumnBuilder builder = new ColumnBuilder(name, type, defaultSchema);
		options.accept(builder);
		columns.add(builder.build());
		return this;
	}

	/** A table-level primary key, for keys over several columns. */
	public TableBuilder primaryKey(String... columnNames) {
		return constraint(PrimaryKey.of(columnNames));
	}

	public TableBuilder unique(String... columnNames) {
		return constraint(new UniqueConstraint(null, Arrays.asList(columnNames)));
	}

	public TableBuilder check(String condition) {
		return constraint(CheckConstraint.of(condition));
	}

	public TableBuilder foreignKey(ForeignKey foreignKey) {
		return constraint(foreignKey);
	}

	/**
	 * Any constraint, e.g. a named one:
	 * {@code UniqueConstraint.of("email").named("uq_users_email")}.
	 */
	public TableBuilder constraint(TableConstraint constraint) {
		constraints.add(constraint instanceof ForeignKey fk ? fk.withDefaultSchema(defaultSchema) : constraint);
		return this;
	}

	public TableBuilder comment(String text) {
		this.comment = text;
		return this;
	}

	CreateTable build() {
		return new CreateTable(table, columns, constraints, comment);
	}

}
