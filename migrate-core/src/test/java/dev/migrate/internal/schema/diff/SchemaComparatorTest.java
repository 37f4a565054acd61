package dev.migrate.internal.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnIdentity;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaComparatorTest {

	private final SchemaComparator comparator = new SchemaComparator();

	private static Table usersInModel() {
		return Table.builder(null, "users")
			.column(new Column("id", "bigint", false, null, ColumnIdentity.BY_DEFAULT, null, null))
			.column("email", "varchar(255)", false)
			.column(new Column("status", "varchar(20)", true, "'new'", ColumnIdentity.NONE, null, "lifecycle"))
			.column("created_at", "timestamp(6) with time zone", false)
			.primaryKey("id")
			.unique(new UniqueConstraint("UK_users_email", List.of("email")))
			.index(Index.of("ix_users_created", false, List.of("created_at")))
			.check(new CheckConstraint("users_status_check", "status in ('new','old')"))
			.build();
	}

	private static Table usersInDatabase() {
		return Table.builder("public", "users")
			.column(new Column("id", "bigint", false, null, ColumnIdentity.BY_DEFAULT, null, null))
			.column("email", "character varying(255)", false)
			.column(new Column("status", "character varying(20)", true, "'new'::character varying", ColumnIdentity.NONE,
					null, "lifecycle"))
			.column("created_at", "timestamp with time zone", false)
			.primaryKey("id")
			.unique(new UniqueConstraint("users_email_key", List.of("email")))
			.index(Index.of("ix_users_created", false, List.of("created_at")))
			.check(new CheckConstraint("users_status_check", "status::text = ANY (ARRAY['new', 'old'])"))
			.build();
	}

	private static Table orders(String schema, ForeignKey fk) {
		return Table.builder(schema, "orders")
			.column("id", "bigint", false)
			.column("user_id", "bigint", true)
			.primaryKey("id")
			.foreignKey(fk)
			.build();
	}

	@Test
	void equivalentSpellingsAndGeneratedNamesAreNotDifferences() {
		ForeignKey modelFk = ForeignKey.of("FKabc", List.of("user_id"), null, "users", List.of("id"));
		ForeignKey databaseFk = ForeignKey.of("orders_user_id_fkey", List.of("user_id"), "public", "users",
				List.of("id"));
		DriftReport report = comparator.compare(SchemaModel.of(List.of(usersInModel(), orders(null, modelFk))),
				SchemaModel.of(List.of(usersInDatabase(), orders("public", databaseFk))));
		assertThat(report.isEmpty()).as(report.toText()).isTrue();
		assertThat(report.toText()).isEqualTo("The database matches the entity model.");
	}

	@Test
	void reportsEveryKindOfDifferenceAsTheChangeThatRemovesIt() {
		Table model = usersInModel()
			.withColumns(List.of(new Column("id", "bigint", false, null, ColumnIdentity.BY_DEFAULT, null, null),
					Column.of("email", "varchar(320)", true),
					new Column("status", "varchar(20)", true, "'old'", ColumnIdentity.NONE, null, "state"),
					Column.of("created_at", "timestamp(6) with time zone", false),
					Column.of("phone", "varchar(20)", true)))
			.withIndexes(List.of(Index.of("ix_users_phone", false, List.of("phone"))))
			.withUniques(List.of())
			.withChecks(List.of())
			.withComment("accounts");
		Table database = usersInDatabase().withColumns(List.of(usersInDatabase().columns().get(0),
				usersInDatabase().columns().get(1), usersInDatabase().columns().get(2),
				usersInDatabase().columns().get(3), Column.of("fax", "text", true)));
		Table added = Table.builder(null, "audit").column("id", "bigint", false).build();
		Table removed = Table.builder("public", "legacy").column("id", "bigint", false).build();
		SchemaModel modelSchema = new SchemaModel(Set.of(), List.of(model, added),
				List.of(new Sequence(null, "audit_seq", "bigint", 1, 50, null)), List.of());
		SchemaModel databaseSchema = new SchemaModel(Set.of("public"), List.of(database, removed),
				List.of(new Sequence("public", "old_seq", "bigint", 1, 1, null),
						new Sequence("public", "users_serial_seq", "integer", 1, 1, "users.serial")),
				List.of());

		DriftReport report = comparator.compare(modelSchema, databaseSchema);

		assertThat(report.descriptions()).containsExactly("add table public.audit", "add sequence public.audit_seq",
				"remove table public.legacy", "remove sequence public.old_seq",
				"change type of public.users.email from character varying(255) to varchar(320)",
				"change public.users.email to nullable",
				"change server default of public.users.status from 'new'::character varying to 'old'",
				"change comment of column public.users.status to 'state'",
				"add column public.users.phone (varchar(20), nullable)", "remove column public.users.fax",
				"change comment of table public.users to 'accounts'",
				"remove unique constraint users_email_key on public.users [email]",
				"remove index ix_users_created on public.users [created_at]",
				"add index ix_users_phone on public.users [phone]",
				"remove check constraint users_status_check on public.users");
		assertThat(report.ofType(ColumnAdded.class)).singleElement()
			.satisfies(difference -> assertThat(difference.column().name()).isEqualTo("phone"));
	}

	@Test
	void foreignKeysAreComparedByWhatTheyReferenceAndHowTheyReact() {
		ForeignKey cascade = new ForeignKey("fk", List.of("user_id"), null, "users", List.of("id"),
				dev.migrate.ops.ReferentialAction.NO_ACTION, dev.migrate.ops.ReferentialAction.CASCADE, false, false);
		ForeignKey plain = ForeignKey.of("fk", List.of("user_id"), "public", "users", List.of("id"));
		DriftReport report = comparator.compare(SchemaModel.of(List.of(orders(null, cascade))),
				SchemaModel.of(List.of(orders("public", plain))));
		assertThat(report.descriptions())
			.containsExactly("change foreign key fk on public.orders [user_id]: on delete from no action to cascade");

		ForeignKey deferred = new ForeignKey("fk", List.of("user_id"), "public", "users", List.of("id"),
				dev.migrate.ops.ReferentialAction.NO_ACTION, dev.migrate.ops.ReferentialAction.NO_ACTION, true, true);
		assertThat(comparator
			.compare(SchemaModel.of(List.of(orders(null, deferred))), SchemaModel.of(List.of(orders("public", plain))))
			.descriptions())
			.containsExactly("change foreign key fk on public.orders [user_id]: "
					+ "from not deferrable to deferrable initially deferred");

		ForeignKey otherTarget = ForeignKey.of("fk", List.of("user_id"), null, "accounts", List.of("id"));
		assertThat(comparator
			.compare(SchemaModel.of(List.of(orders(null, otherTarget))),
					SchemaModel.of(List.of(orders("public", plain))))
			.descriptions())
			.containsExactly("change foreign key fk on public.orders [user_id]: "
					+ "references from public.users [id] to public.accounts [id]");
	}

	@Test
	void primaryKeysAreComparedByColumnsInOrder() {
		Table model = Table.builder(null, "book_author")
			.column("author_id", "bigint", false)
			.column("book_id", "bigint", false)
			.primaryKey("author_id", "book_id")
			.build();
		Table database = Table.builder("public", "book_author")
			.column("author_id", "bigint", false)
			.column("book_id", "bigint", false)
			.primaryKey(new dev.migrate.schema.PrimaryKey("book_author_pkey", List.of("book_id", "author_id")))
			.build();
		assertThat(comparator.compare(SchemaModel.of(List.of(model)), SchemaModel.of(List.of(database))).descriptions())
			.containsExactly("change primary key book_author_pkey on public.book_author from [book_id, author_id] "
					+ "to [author_id, book_id]");
		Table named = database.withColumns(database.columns());
		Table sameColumns = Table.builder(null, "book_author")
			.column("author_id", "bigint", false)
			.column("book_id", "bigint", false)
			.primaryKey("book_id", "author_id")
			.build();
		assertThat(comparator.compare(SchemaModel.of(List.of(sameColumns)), SchemaModel.of(List.of(named))).isEmpty())
			.isTrue();
	}

	@Test
	void sequencesAreComparedByIncrementAndStart() {
		SchemaModel model = new SchemaModel(Set.of(), List.of(),
				List.of(new Sequence(null, "orders_seq", "bigint", 1, 10, null)), List.of());
		SchemaModel database = new SchemaModel(Set.of("public"), List.of(),
				List.of(new Sequence("public", "orders_seq", "bigint", 1, 50, null)), List.of());
		assertThat(comparator.compare(model, database).descriptions())
			.containsExactly("change sequence public.orders_seq: increment from 50 to 10");
		SchemaModel restarted = new SchemaModel(Set.of(), List.of(),
				List.of(new Sequence(null, "orders_seq", "bigint", 100, 50, null)), List.of());
		assertThat(comparator.compare(restarted, database).descriptions())
			.containsExactly("change sequence public.orders_seq: start from 1 to 100");
	}

	@Test
	void checkConstraintsPairByNameOnly() {
		Table model = Table.builder(null, "t")
			.column("a", "int", false)
			.check(new CheckConstraint("ck_new", "a > 0"))
			.check(new CheckConstraint("ck_kept", "a < 10"))
			.build();
		Table database = Table.builder("public", "t")
			.column("a", "integer", false)
			.check(new CheckConstraint("ck_old", "a > 0"))
			.check(new CheckConstraint("ck_kept", "(a < 10)"))
			.build();
		assertThat(comparator.compare(SchemaModel.of(List.of(model)), SchemaModel.of(List.of(database))).descriptions())
			.containsExactly("remove check constraint ck_old on public.t",
					"add check constraint ck_new on public.t (a > 0)");
	}

	@Test
	void uniqueConstraintAndUniqueIndexOnTheSameColumnsMatch() {
		Table model = Table.builder(null, "t")
			.column("a", "int", false)
			.unique(new UniqueConstraint("uk_a", List.of("a")))
			.build();
		Table database = Table.builder("public", "t")
			.column("a", "integer", false)
			.index(Index.of("t_a_idx", true, List.of("a")))
			.build();
		assertThat(comparator.compare(SchemaModel.of(List.of(model)), SchemaModel.of(List.of(database))).isEmpty())
			.isTrue();
	}

	@Test
	void ignoresMigrateTablesAndExcludedPatterns() {
		SchemaModel database = SchemaModel
			.of(List.of(Table.builder("public", "migrate_version").column("revision", "varchar(64)", false).build(),
					Table.builder("public", "tmp_import_1").column("x", "text", true).build(),
					Table.builder("reporting", "daily").column("x", "text", true).build()));
		CompareOptions options = CompareOptions.defaults().withExcludePatterns(List.of("tmp_*", "reporting.*"));
		assertThat(new SchemaComparator(options).compare(SchemaModel.empty(), database).isEmpty()).isTrue();
		assertThat(comparator.compare(SchemaModel.empty(), database).descriptions())
			.containsExactly("remove table public.tmp_import_1", "remove table reporting.daily");
	}

	@Test
	void defaultsAndCommentsCanBeLeftOut() {
		Table model = Table.builder(null, "t").column(new Column("a", "int", true, "1", null, null, "x")).build();
		Table database = Table.builder("public", "t").column(Column.of("a", "integer", true)).build();
		CompareOptions options = CompareOptions.defaults().withCompareServerDefaults(false).withCompareComments(false);
		assertThat(
				new SchemaComparator(options).compare(SchemaModel.of(List.of(model)), SchemaModel.of(List.of(database)))
					.isEmpty())
			.isTrue();
		assertThat(comparator.compare(SchemaModel.of(List.of(model)), SchemaModel.of(List.of(database))).differences())
			.hasSize(2);
	}

}
