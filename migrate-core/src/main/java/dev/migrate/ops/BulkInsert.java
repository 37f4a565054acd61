package dev.migrate.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Inserts rows into a table, {@code batchSize} rows at a time: online as JDBC batches of
 * one parameterized {@code INSERT}, offline as one multi-row {@code INSERT ... VALUES}
 * per batch with the values rendered as literals. No reverse (as Alembic's
 * {@code bulk_insert}).
 *
 * @param table the table
 * @param columns the columns every row provides, in value order
 * @param rows the values, one list per row, in {@code columns} order (may contain nulls)
 * @param batchSize rows per batch, at least 1
 */
public record BulkInsert(ObjectName table, List<String> columns, List<List<Object>> rows,
		int batchSize) implements Operation {

	/**
	 * Rows per batch when none is given: large enough to amortize round trips, small
	 * enough for memory.
	 */
	public static final int DEFAULT_BATCH_SIZE = 1000;

	public BulkInsert {
		Objects.requireNonNull(table, "table");
		columns = Names.requireColumns(columns, "bulk insert into " + table);
		if (batchSize < 1) {
			throw new IllegalArgumentException("bulk insert batch size must be >= 1, not " + batchSize);
		}
		List<List<Object>> copy = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			List<?> row = Objects.requireNonNull(rows.get(i), "row " + i);
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("bulk insert into " + table + ": row " + i + " has " + row.size()
						+ " values for " + columns.size() + " columns " + columns);
			}
			copy.add(Names.copyValues(row));
		}
		rows = List.copyOf(copy);
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visitBulkInsert(this);
	}
}
