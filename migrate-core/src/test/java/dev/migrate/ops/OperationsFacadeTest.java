package dev.migrate.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.internal.execution.RawJdbcNotRenderableException;
import dev.migrate.internal.execution.RecordingOperationExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The facade builds the operation values a user would expect and hands each to the
 * executor once.
 */
class OperationsFacadeTest {

	private final RecordingOperationExecutor recorder = new RecordingOperationExecutor("abc123");

	private final Operations op = new Operations(recorder);

	@Test
	void everyCallRecordsExactlyOneCompleteOperation() {
		op.createTable("users", t -> t.column("id", ColumnType.BIGINT, c -> c.identity().primaryKey()));
		op.addColumn("users", "phone", ColumnType.varchar(20));
		op.createIndex("ix_users_phone", "users", i -> i.columns("phone").unique().concurrently());
		op.dropTable("old", DropOption.IF_EXISTS);
		assertThat(recorder.operations()).hasSize(4);
		assertThat(recorder.operations().get(2)).isEqualTo(new CreateIndex("ix_users_phone", ObjectName.of("users"),
				List.of(IndexElement.column("phone")), true, null, null, true, false));
		assertThat(recorder.operations().get(3)).isEqualTo(new DropTable(ObjectName.of("old"), true, false, null));
	}

	@Test
	void inSchemaQualifiesEveryObjectButNotSchemasThemselves() {
		Operations billing = op.inSchema("billing");
		billing.createSchema("billing");
		billing.addColumn("invoices", "n", ColumnType.INTEGER);
		billing.createEnum("state", "open");
		billing.dropIndex("ix");
		assertThat(recorder.operations()).containsExactly(new CreateSchema("billing", false),
				new AddColumn(ObjectName.of("billing", "invoices"), Column.of("n", ColumnType.INTEGER)),
				new CreateEnum(ObjectName.of("billing", "state"), List.of("open")),
				new DropIndex(ObjectName.of("billing", "ix"), false, false, false, null));
		assertThat(billing.schema()).isEqualTo("billing");
		assertThat(op.schema()).isNull();
	}

	@Test
	void namesAreTakenAsWrittenEvenWithDots() {
		op.dropTable("a.b");
		assertThat(recorder.operations()).containsExactly(new DropTable(ObjectName.of("a.b"), false, false, null));
	}

	@Test
	void executeKeepsNullParameters() {
		op.execute("UPDATE t SET a = ? WHERE b = ?", null, 1);
		assertThat(recorder.operations())
			.containsExactly(new ExecuteSql("UPDATE t SET a = ? WHERE b = ?", Arrays.asList(null, 1), null, true));
	}

	@Test
	void executeNonTransactionalMarksTheStatement() {
		op.executeNonTransactional("VACUUM users");
		assertThat(recorder.operations().get(0).transactional()).isFalse();
	}

	@Test
	void connectionComesFromTheExecutor() {
		assertThatThrownBy(op::connection).isInstanceOf(RawJdbcNotRenderableException.class)
			.hasMessageContaining("Revision abc123 uses raw JDBC")
			.hasMessageContaining("op.execute");
		assertThat(recorder.connectionRequested()).isTrue();
	}

	@Test
	void alterColumnRecordsExistingStateForReversal() {
		op.alterColumn("users", "email",
				c -> c.type(ColumnType.TEXT)
					.existingType(ColumnType.varchar(255))
					.serverDefault(ServerDefault.value(""))
					.existingServerDefault(null)
					.comment("x")
					.existingComment("y"));
		assertThat(recorder.operations()).containsExactly(
				new AlterColumnType(ObjectName.of("users"), "email", ColumnType.TEXT, null, ColumnType.varchar(255)),
				new AlterColumnDefault(ObjectName.of("users"), "email", ServerDefault.value(""), null),
				new CommentOnColumn(ObjectName.of("users"), "email", "x", "y"));
	}

	@Test
	void bulkInsertFromMapsOrdersColumnsBySortedName() {
		op.bulkInsert("t", List.of(Map.of("b", 2, "a", 1)), 5);
		assertThat(recorder.operations())
			.containsExactly(new BulkInsert(ObjectName.of("t"), List.of("a", "b"), List.of(List.of(1, 2)), 5));
	}

	@Test
	void emptyBulkInsertIsRefused() {
		assertThatThrownBy(() -> op.bulkInsert("t", List.<Map<String, Object>>of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no rows");
	}

	@Test
	void columnBuilderReferenceOptionsNeedAReference() {
		assertThatThrownBy(() -> op.addColumn("t", "c", ColumnType.INTEGER, c -> c.onDelete(ReferentialAction.CASCADE)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("references(table, column) first");
		assertThat(recorder.operations()).as("a failing definition records nothing").isEmpty();
	}

}
