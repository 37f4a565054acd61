package dev.migrate.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.ops.CheckConstraint;
import dev.migrate.ops.ColumnType;
import dev.migrate.ops.DropOption;
import dev.migrate.ops.Operation;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The standard base renders what has a standard form and refuses the rest, which is what
 * a new dialect starts from; PostgreSQL's differences are in the PostgreSQL tests.
 */
class StandardDialectTest {

	/** A minimal dialect: only identifier rules, everything else inherited. */
	private static final class MinimalDialect extends StandardDialect {

		MinimalDialect() {
			super(new Identifiers("minimal", Pattern.compile("[a-z_][a-z0-9_]*"), Set.of("select"), 30));
		}

		@Override
		public String name() {
			return "minimal";
		}

	}

	private final MinimalDialect dialect = new MinimalDialect();

	private List<String> render(Consumer<dev.migrate.ops.Operations> body) {
		return Rendered.render(dialect, body);
	}

	@Test
	void standardAlterColumnType() {
		assertThat(render(op -> op.alterColumnType("t", "c", ColumnType.BIGINT)))
			.containsExactly("ALTER TABLE t ALTER COLUMN c SET DATA TYPE bigint");
	}

	@Test
	void standardTypes() {
		assertThat(dialect.renderType(ColumnType.TIMESTAMPTZ)).isEqualTo("timestamp with time zone");
		assertThat(dialect.renderType(ColumnType.INTEGER.array())).isEqualTo("integer ARRAY");
		assertThatThrownBy(() -> dialect.renderType(ColumnType.JSONB)).isInstanceOf(UnsupportedByDialectException.class)
			.hasMessageContaining("minimal has no type jsonb");
	}

	@Test
	void standardLiterals() {
		assertThat(dialect.literal("a\\b")).isEqualTo("'a\\b'");
		assertThat(dialect.literal(new byte[] { 0x0F })).isEqualTo("X'0f'");
		assertThatThrownBy(() -> dialect.literal(List.of(1))).isInstanceOf(UnsupportedByDialectException.class);
	}

	@Test
	void sharedOperationsRenderAsInPostgres() {
		Consumer<dev.migrate.ops.Operations> body = op -> {
			op.createTable("t", t -> t.column("id", ColumnType.INTEGER, c -> c.primaryKey()).check("id > 0"));
			op.addUniqueConstraint("u", "t", "id");
			op.createIndex("ix", "t", i -> i.columns("id").where("id > 10"));
			op.dropView("v", DropOption.IF_EXISTS);
		};
		assertThat(render(body)).isEqualTo(Rendered.postgres(body));
	}

	@Test
	void postgresOnlyFeaturesAreRefusedByName() {
		assertThatThrownBy(() -> render(op -> op.setTableComment("t", "x")))
			.isInstanceOf(UnsupportedByDialectException.class)
			.hasMessage("minimal cannot render table comments");
		assertThatThrownBy(() -> render(op -> op.createEnum("e", "a")))
			.isInstanceOf(UnsupportedByDialectException.class)
			.hasMessageContaining("enum types");
		assertThatThrownBy(() -> render(op -> op.createIndex("ix", "t", i -> i.columns("a").concurrently())))
			.isInstanceOf(UnsupportedByDialectException.class)
			.hasMessageContaining("CONCURRENTLY");
		assertThatThrownBy(() -> render(op -> op.addConstraintNotValid("t", CheckConstraint.of("a").named("c"))))
			.isInstanceOf(UnsupportedByDialectException.class)
			.hasMessageContaining("NOT VALID");
		assertThatThrownBy(() -> render(op -> op.alterColumnType("t", "c", ColumnType.TEXT, "c::text")))
			.isInstanceOf(UnsupportedByDialectException.class)
			.hasMessageContaining("USING");
	}

	@Test
	void identifierRulesComeFromTheSubclass() {
		assertThat(dialect.quote("select")).isEqualTo("\"select\"");
		assertThat(dialect.quote("price$")).isEqualTo("\"price$\"");
		assertThatThrownBy(() -> dialect.quote("x".repeat(31))).isInstanceOf(InvalidIdentifierException.class)
			.hasMessageContaining("minimal keeps at most 30");
	}

	@Test
	void operationsFromElsewhereAreRefused() {
		Operation custom = new Operation() {
		};
		assertThatThrownBy(() -> dialect.render(custom)).isInstanceOf(UnsupportedByDialectException.class)
			.hasMessageContaining("cannot render");
	}

}
