package dev.migrate.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Operation values check their own structure and cannot be changed after construction.
 */
class OperationValuesTest {

	private static final ObjectName T = ObjectName.of("t");

	@Test
	void duplicateColumnsAndTwoPrimaryKeysAreRefused() {
		Column a = Column.of("a", ColumnType.INTEGER);
		assertThatThrownBy(() -> new CreateTable(T, List.of(a, a), List.of(), null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("column a twice");
		Column pk = new Column("id", ColumnType.INTEGER, true, null, null, true, false, null, null);
		assertThatThrownBy(() -> new CreateTable(T, List.of(pk), List.of(PrimaryKey.of("id")), null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("more than one primary key");
	}

	@Test
	void columnCannotHaveIdentityAndDefault() {
		assertThatThrownBy(() -> new Column("id", ColumnType.INTEGER, false, ServerDefault.value(1),
				Identity.byDefault(), false, false, null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("both");
	}

	@Test
	void foreignKeySidesMustMatch() {
		assertThatThrownBy(() -> ForeignKey.of(List.of("a", "b"), T, List.of("x")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("same number of columns");
	}

	@Test
	void serverDefaultIsValueOrExpression() {
		assertThatThrownBy(() -> new ServerDefault(1, "now()")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ServerDefault.value(null)).isInstanceOf(NullPointerException.class)
			.hasMessageContaining("ServerDefault.expression(\"NULL\")");
		assertThat(ServerDefault.expression("now()").isExpression()).isTrue();
	}

	@Test
	void enumLabelsMustBeDistinctAndPositionSingle() {
		assertThatThrownBy(() -> new CreateEnum(T, List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AddEnumValue(T, "x", "a", "b", false))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void valuesAreImmutableCopies() {
		List<Object> row = new ArrayList<>(Arrays.asList(1, null));
		List<List<Object>> rows = new ArrayList<>(List.of(row));
		BulkInsert insert = new BulkInsert(T, List.of("a", "b"), rows, 10);
		row.set(0, 99);
		rows.clear();
		assertThat(insert.rows()).containsExactly(Arrays.asList(1, null));
		assertThatThrownBy(() -> insert.rows().get(0).set(0, 2)).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void objectNameDefaultsSchemaOnlyWhenMissing() {
		assertThat(ObjectName.of("t").withDefaultSchema("s")).isEqualTo(ObjectName.of("s", "t"));
		assertThat(ObjectName.of("x", "t").withDefaultSchema("s")).isEqualTo(ObjectName.of("x", "t"));
		assertThat(ObjectName.of("t").withDefaultSchema(null)).isEqualTo(ObjectName.of("t"));
		assertThat(ObjectName.of("s", "t")).hasToString("s.t");
	}

}
