package dev.migrate.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.ops.ColumnType;
import dev.migrate.ops.ForeignKey;
import dev.migrate.ops.Operations;
import dev.migrate.internal.execution.JdbcOperationExecutor;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names that need care, created on PostgreSQL and read back exactly as written. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentifierRoundTripTest {

	private Connection connection;

	private Operations op;

	private Catalog catalog;

	@BeforeAll
	void connect(TestDatabase database) throws SQLException {
		connection = database.connect();
		op = new Operations(new JdbcOperationExecutor(connection, new PostgresDialect()));
		catalog = new Catalog(connection);
		op.createTable("victims", t -> t.column("id", ColumnType.INTEGER));
	}

	@AfterAll
	void close() throws SQLException {
		connection.close();
	}

	@Test
	void reservedWordsAsEveryKindOfName() {
		op.createTable("user",
				t -> t.column("order", ColumnType.INTEGER, c -> c.primaryKey())
					.column("select", ColumnType.TEXT)
					.column("group", ColumnType.INTEGER));
		op.createTable("table", t -> t.column("from", ColumnType.INTEGER)
			.foreignKey(ForeignKey.of("from", "user", "order").named("check")));
		op.createIndex("where", "user", "select", "group");
		op.addUniqueConstraint("unique", "user", "group");
		op.renameColumn("user", "select", "limit");
		op.createSchema("default");
		op.inSchema("default").createTable("all", t -> t.column("time", ColumnType.TIMESTAMPTZ));

		assertThat(catalog.columns("public", "user")).containsExactly("order", "limit", "group");
		assertThat(catalog.constraints("public", "table")).containsKey("check");
		assertThat(catalog.constraints("public", "user")).containsKey("unique");
		assertThat(catalog.indexDefinition("public", "where")).isNotNull();
		assertThat(catalog.columns("default", "all")).containsExactly("time");
	}

	@Test
	void mixedCaseIsPreserved() {
		op.createTable("UserAccounts",
				t -> t.column("createdAt", ColumnType.TIMESTAMPTZ).column("ID", ColumnType.BIGINT));
		op.createIndex("IX_UserAccounts_ID", "UserAccounts", "ID");
		assertThat(catalog.tableExists("public", "UserAccounts")).isTrue();
		assertThat(catalog.tableExists("public", "useraccounts")).isFalse();
		assertThat(catalog.columns("public", "UserAccounts")).containsExactly("createdAt", "ID");
		assertThat(catalog.indexDefinition("public", "IX_UserAccounts_ID")).isNotNull();
	}

	@Test
	void unicodeNames() {
		op.createTable("café_☕", t -> t.column("名前", ColumnType.TEXT).column("Ünïcødé", ColumnType.TEXT));
		op.createEnum("humeur_😀", "😀", "😢");
		assertThat(catalog.columns("public", "café_☕")).containsExactly("名前", "Ünïcødé");
		assertThat(catalog.enumLabels("public", "humeur_😀")).containsExactly("😀", "😢");
	}

	@Test
	void exactly63BytesIsKeptWhole() {
		String ascii = "t".repeat(63);
		String multiByte = "é".repeat(31) + "x";
		assertThat(multiByte.getBytes(StandardCharsets.UTF_8)).hasSize(63);
		op.createTable(ascii, t -> t.column(multiByte, ColumnType.INTEGER));
		assertThat(catalog.columns("public", ascii)).containsExactly(multiByte);
	}

	@Test
	void longerNamesAreRefusedBeforeReachingTheServerWhichWouldTruncateThem() {
		String name = "limit_" + "x".repeat(58);
		assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(64);
		assertThatThrownBy(() -> op.createTable(name, t -> t.column("a", ColumnType.INTEGER)))
			.isInstanceOf(InvalidIdentifierException.class)
			.hasMessageContaining(name);
		assertThat(catalog.tableExists("public", name.substring(0, 63))).as("no truncated table").isFalse();

		String multiByte = "é".repeat(32);
		assertThatThrownBy(() -> op.addColumn("victims", multiByte, ColumnType.INTEGER))
			.isInstanceOf(InvalidIdentifierException.class)
			.hasMessageContaining("64 bytes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "x\"; DROP TABLE victims; --", "'); DROP TABLE victims; --", "a;b",
			"$$ DROP TABLE victims $$", "/* DROP TABLE victims */", "line\nbreak", "back\\slash", "\"", " " })
	void hostileNamesAreStoredAsNamesAndNeverExecuted(String hostile) throws SQLException {
		String table = "h" + Integer.toHexString(hostile.hashCode()) + hostile;
		op.createTable(table, t -> t.column(hostile, ColumnType.TEXT, c -> c.defaultValue(hostile).comment(hostile))
			.comment(hostile));
		op.createIndex("i" + hostile, table, hostile);
		op.addCheckConstraint("c" + hostile, table, "true");
		op.renameColumn(table, hostile, hostile + "2");
		op.createEnum("e" + hostile, hostile);
		op.createView("v" + hostile, "SELECT 1 AS one");

		assertThat(catalog.tableExists("public", "victims")).isTrue();
		assertThat(catalog.tableExists("public", table)).isTrue();
		assertThat(catalog.columns("public", table)).containsExactly(hostile + "2");
		assertThat(catalog.tableComment("public", table)).isEqualTo(hostile);
		assertThat(catalog.column("public", table, hostile + "2").comment()).isEqualTo(hostile);
		assertThat(catalog.indexDefinition("public", "i" + hostile)).isNotNull();
		assertThat(catalog.constraints("public", table)).containsKey("c" + hostile);
		assertThat(catalog.enumLabels("public", "e" + hostile)).containsExactly(hostile);
		assertThat(catalog.viewExists("public", "v" + hostile)).isTrue();
		assertThat(insertDefaultsAndRead(table, hostile + "2")).isEqualTo(hostile);
	}

	private String insertDefaultsAndRead(String table, String column) throws SQLException {
		PostgresDialect dialect = new PostgresDialect();
		op.execute("INSERT INTO " + dialect.quote(table) + " DEFAULT VALUES");
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT " + dialect.quote(column) + " FROM " + dialect.quote(table))) {
			rs.next();
			return rs.getString(1);
		}
	}

}
