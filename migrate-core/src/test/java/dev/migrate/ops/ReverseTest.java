package dev.migrate.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.IrreversibleMigrationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReverseTest {

	private static final ObjectName USERS = ObjectName.of("app", "users");

	private static final Column PHONE = Column.of("phone", ColumnType.varchar(20));

	@Test
	void createTableAndDropTableSwapWithTheFullDefinition() {
		CreateTable create = new CreateTable(USERS, List.of(PHONE), List.of(PrimaryKey.of("phone")), "c");
		Operation drop = create.reverse();
		assertThat(drop).isEqualTo(new DropTable(USERS, false, false, create));
		assertThat(drop.reverse()).isSameAs(create);
		assertThat(drop.losesData()).isTrue();
		assertThat(create.losesData()).isFalse();
	}

	@Test
	void addAndDropColumnSwap() {
		AddColumn add = new AddColumn(USERS, PHONE);
		assertThat(add.reverse()).isEqualTo(new DropColumn(USERS, "phone", false, false, PHONE));
		assertThat(add.reverse().reverse()).isEqualTo(add);
		assertThat(add.reverse().losesData()).as("reversing an added column loses its data").isTrue();
	}

	@Test
	void renamesSwapBothWays() {
		RenameTable renameTable = new RenameTable(USERS, "accounts");
		assertThat(renameTable.reverse()).isEqualTo(new RenameTable(ObjectName.of("app", "accounts"), "users"));
		assertThat(renameTable.reverse().reverse()).isEqualTo(renameTable);
		RenameColumn renameColumn = new RenameColumn(USERS, "a", "b");
		assertThat(renameColumn.reverse()).isEqualTo(new RenameColumn(USERS, "b", "a"));
		RenameEnumValue renameValue = new RenameEnumValue(ObjectName.of("mood"), "ok", "okay");
		assertThat(renameValue.reverse()).isEqualTo(new RenameEnumValue(ObjectName.of("mood"), "okay", "ok"));
	}

	@Test
	void indexCreateAndDropSwap() {
		CreateIndex create = new CreateIndex("ix", USERS, List.of(IndexElement.column("phone")), true, null,
				"phone IS NOT NULL", false, false);
		assertThat(create.reverse()).isEqualTo(new DropIndex(ObjectName.of("app", "ix"), false, false, false, create));
		assertThat(create.reverse().reverse()).isSameAs(create);
	}

	@Test
	void constraintAddAndDropSwap() {
		AddConstraint add = new AddConstraint(USERS, UniqueConstraint.of("phone").named("uq"), false);
		assertThat(add.reverse()).isEqualTo(new DropConstraint(USERS, "uq", false, false, add.constraint()));
		assertThat(add.reverse().reverse()).isEqualTo(add);
	}

	@Test
	void alterationsReverseToThePreviousState() {
		assertThat(new AlterColumnNullable(USERS, "c", false).reverse())
			.isEqualTo(new AlterColumnNullable(USERS, "c", true));
		ServerDefault zero = ServerDefault.value(0);
		assertThat(new AlterColumnDefault(USERS, "c", zero, null).reverse())
			.isEqualTo(new AlterColumnDefault(USERS, "c", null, zero));
		assertThat(new AlterColumnType(USERS, "c", ColumnType.BIGINT, "c::bigint", ColumnType.INTEGER).reverse())
			.isEqualTo(new AlterColumnType(USERS, "c", ColumnType.INTEGER, null, ColumnType.BIGINT));
		assertThat(new CommentOnTable(USERS, "new", "old").reverse())
			.isEqualTo(new CommentOnTable(USERS, "old", "new"));
		assertThat(new CommentOnColumn(USERS, "c", "new", null).reverse())
			.isEqualTo(new CommentOnColumn(USERS, "c", null, "new"));
		assertThat(new AddIdentity(USERS, "id", Identity.always()).reverse())
			.isEqualTo(new DropIdentity(USERS, "id", false, Identity.always()));
	}

	@Test
	void typeChangesAreMarkedAsLosingData() {
		assertThat(new AlterColumnType(USERS, "c", ColumnType.INTEGER, null, null).losesData()).isTrue();
	}

	@Test
	void objectsCreateAndDropSwap() {
		CreateSequence sequence = CreateSequence.of(ObjectName.of("s"));
		assertThat(sequence.reverse().reverse()).isSameAs(sequence);
		assertThat(sequence.reverse().losesData()).isTrue();
		CreateEnum enumType = new CreateEnum(ObjectName.of("mood"), List.of("a", "b"));
		assertThat(enumType.reverse().reverse()).isSameAs(enumType);
		assertThat(new CreateSchema("billing", false).reverse()).isEqualTo(new DropSchema("billing", false, false));
		assertThat(new DropSchema("billing", true, false).reverse()).isEqualTo(new CreateSchema("billing", false));
		CreateView view = new CreateView(ObjectName.of("v"), "SELECT 1", false, null);
		assertThat(view.reverse().reverse()).isSameAs(view);
	}

	@Test
	void replaceViewReversesToTheReplacedQuery() {
		CreateView replace = new CreateView(ObjectName.of("v"), "SELECT 2", true, "SELECT 1");
		assertThat(replace.reverse()).isEqualTo(new CreateView(ObjectName.of("v"), "SELECT 1", true, "SELECT 2"));
	}

	@Test
	void cascadingDropsLoseData() {
		assertThat(new DropSchema("s", false, true).losesData()).isTrue();
		assertThat(new DropSchema("s", false, false).losesData()).isFalse();
		assertThat(new DropEnum(ObjectName.of("e"), false, true, null).losesData()).isTrue();
	}

	@Test
	void irreversibleOperationsSayWhatIsMissing() {
		assertIrreversible(new DropTable(USERS, false, false, null), "without the table's definition");
		assertIrreversible(new DropColumn(USERS, "c", false, false, null), "without the column's definition");
		assertIrreversible(new DropIndex(USERS, false, false, false, null), "without the index definition");
		assertIrreversible(new DropConstraint(USERS, "c", false, false, null), "without the constraint's definition");
		assertIrreversible(new AlterColumnType(USERS, "c", ColumnType.TEXT, null, null), "existingType");
		assertIrreversible(new DropSchema("s", false, true), "CASCADE cannot be reversed");
		assertIrreversible(new CreateView(ObjectName.of("v"), "SELECT 1", true, null), "previous query");
		assertIrreversible(new AddEnumValue(ObjectName.of("e"), "x", null, null, false), "has no reverse");
		assertIrreversible(new ValidateConstraint(USERS, "c"), "has no reverse");
		assertIrreversible(ExecuteSql.of("SELECT 1"), "has no reverse");
		assertIrreversible(new BulkInsert(USERS, List.of("a"), List.of(List.of(1)), 10), "has no reverse");
	}

	private static void assertIrreversible(Operation operation, String message) {
		assertThatThrownBy(operation::reverse).isInstanceOf(IrreversibleMigrationException.class)
			.hasMessageContaining(message);
	}

}
