package dev.migrate.internal.schema.diff;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnIdentity;
import dev.migrate.internal.schema.DefaultValueNormalizer;
import dev.migrate.internal.schema.NamingConvention;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.QualifiedName;
import dev.migrate.schema.Table;
import dev.migrate.internal.schema.TypeNormalizer;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares one table of the model with the same table in the database: columns by name;
 * indexes, unique constraints and check constraints by name first and then by what they
 * cover (generated names differ between tools); foreign keys by what they reference. A
 * unique constraint in one and a plain unique index on the same columns in the other
 * count as the same thing, as they enforce the same. Primary keys are compared by their
 * columns in order (a key's order is its index's order; names are the database's choice).
 * Foreign keys that pair by columns and target, or by name, but differ in actions,
 * deferrability or columns are reported as one change saying what changed. Check
 * constraint expressions are compared only for the enum-style checks JPA generates
 * ({@link CheckExpressions}); PostgreSQL rewrites other expressions too freely to compare
 * them.
 */
final class TableComparator {

	private static final java.util.Set<String> SERIAL_TYPES = java.util.Set.of("serial", "serial2", "serial4",
			"serial8", "smallserial", "bigserial");

	private final CompareOptions options;

	TableComparator(CompareOptions options) {
		this.options = options;
	}

	List<SchemaDifference> compare(Table model, Table database) {
		QualifiedName table = model.qualifiedName();
		List<SchemaDifference> differences = new ArrayList<>();
		compareColumns(table, model, database, differences);
		if (options.compareComments()
				&& !Objects.equals(blankToNull(model.comment()), blankToNull(database.comment()))) {
			differences.add(new TableCommentChanged(table, database.comment(), model.comment()));
		}
		comparePrimaryKeys(table, model, database, differences);
		compareUniquesAndIndexes(table, model, database, differences);
		compareForeignKeys(table, model, database, differences);
		compareChecks(table, model, database, differences);
		return differences;
	}

	private void compareColumns(QualifiedName table, Table model, Table database, List<SchemaDifference> differences) {
		for (Column expected : model.columns()) {
			Column actual = database.column(expected.name()).orElse(null);
			if (actual == null) {
				differences.add(new ColumnAdded(table, expected));
				continue;
			}
			if (!TypeNormalizer.sameType(expected.type(), actual.type())) {
				differences.add(new ColumnTypeChanged(table, expected.name(), actual.type(), expected.type()));
			}
			if (expected.nullable() != actual.nullable()) {
				differences
					.add(new ColumnNullabilityChanged(table, expected.name(), actual.nullable(), expected.nullable()));
			}
			if (comparesDefault(expected, actual)
					&& !DefaultValueNormalizer.sameDefault(expected.defaultValue(), actual.defaultValue())) {
				differences.add(new ColumnDefaultChanged(table, expected.name(), actual.defaultValue(),
						expected.defaultValue()));
			}
			if (options.compareComments()
					&& !Objects.equals(blankToNull(expected.comment()), blankToNull(actual.comment()))) {
				differences.add(new ColumnCommentChanged(table, expected.name(), actual.comment(), expected.comment()));
			}
		}
		for (Column actual : database.columns()) {
			if (model.column(actual.name()).isEmpty()) {
				differences.add(new ColumnRemoved(table, actual));
			}
		}
	}

	// Identity and generated columns have no default of their own to compare, and a
	// serial type in
	// the model stands for its sequence default.
	private boolean comparesDefault(Column expected, Column actual) {
		return options.compareServerDefaults() && expected.identity() == ColumnIdentity.NONE
				&& !SERIAL_TYPES.contains(expected.type().trim().toLowerCase(Locale.ROOT))
				&& actual.identity() == ColumnIdentity.NONE && expected.generatedAs() == null
				&& actual.generatedAs() == null;
	}

	private static void comparePrimaryKeys(QualifiedName table, Table model, Table database,
			List<SchemaDifference> differences) {
		PrimaryKey expected = model.primaryKey();
		PrimaryKey actual = database.primaryKey();
		List<String> expectedColumns = expected == null ? null : expected.columns();
		List<String> actualColumns = actual == null ? null : actual.columns();
		if (!Objects.equals(expectedColumns, actualColumns)) {
			differences.add(new PrimaryKeyChanged(table, actual, expected));
		}
	}

	private void compareUniquesAndIndexes(QualifiedName table, Table model, Table database,
			List<SchemaDifference> differences) {
		Matching<UniqueConstraint> uniques = Matching.match(model.uniques(), database.uniques(), UniqueConstraint::name,
				unique -> columnKey(unique.columns()));
		Matching<Index> indexes = Matching.match(model.indexes(), database.indexes(), Index::name,
				TableComparator::indexKey);
		// A unique constraint and a unique index on the same columns enforce the same
		// rule.
		List<UniqueConstraint> missingUniques = new ArrayList<>(uniques.missing());
		List<Index> extraIndexes = new ArrayList<>(indexes.extra());
		pairUniquesWithIndexes(missingUniques, extraIndexes);
		List<UniqueConstraint> extraUniques = new ArrayList<>(uniques.extra());
		List<Index> missingIndexes = new ArrayList<>(indexes.missing());
		pairUniquesWithIndexes(extraUniques, missingIndexes);

		extraUniques.forEach(unique -> differences.add(new UniqueConstraintRemoved(table, unique)));
		extraIndexes.forEach(index -> differences.add(new IndexRemoved(table, index)));
		missingUniques.forEach(unique -> differences.add(new UniqueConstraintAdded(table, unique)));
		missingIndexes.forEach(index -> differences.add(new IndexAdded(table, index)));
	}

	private static void pairUniquesWithIndexes(List<UniqueConstraint> uniques, List<Index> indexes) {
		uniques.removeIf(unique -> {
			for (int i = 0; i < indexes.size(); i++) {
				if (isPlainUniqueIndexOn(indexes.get(i), unique.columns())) {
					indexes.remove(i);
					return true;
				}
			}
			return false;
		});
	}

	private static boolean isPlainUniqueIndexOn(Index index, List<String> columns) {
		return index.unique() && index.predicate() == null && "btree".equals(index.method())
				&& columnKey(index.elements()).equals(columnKey(columns));
	}

	private void compareForeignKeys(QualifiedName table, Table model, Table database,
			List<SchemaDifference> differences) {
		// Names are not used: a foreign key is what it references and how it reacts.
		Matching<ForeignKey> foreignKeys = Matching.match(model.foreignKeys(), database.foreignKeys(), fk -> null,
				TableComparator::foreignKeyKey);
		List<ForeignKey> extra = new ArrayList<>(foreignKeys.extra());
		List<ForeignKey> missing = new ArrayList<>(foreignKeys.missing());
		// What is left and still pairs by columns and target (then by name) has changed
		// rather than been replaced.
		pairChangedForeignKeys(table, missing, extra, TableComparator::foreignKeyTarget, differences);
		pairChangedForeignKeys(table, missing, extra, ForeignKey::name, differences);
		extra.forEach(fk -> differences.add(new ForeignKeyRemoved(table, fk)));
		missing.forEach(fk -> differences.add(new ForeignKeyAdded(table, fk)));
	}

	private static void pairChangedForeignKeys(QualifiedName table, List<ForeignKey> missing, List<ForeignKey> extra,
			Function<ForeignKey, String> key, List<SchemaDifference> differences) {
		for (Iterator<ForeignKey> expected = missing.iterator(); expected.hasNext();) {
			ForeignKey model = expected.next();
			String modelKey = key.apply(model);
			if (modelKey == null) {
				continue;
			}
			for (Iterator<ForeignKey> actual = extra.iterator(); actual.hasNext();) {
				ForeignKey database = actual.next();
				if (modelKey.equals(key.apply(database))) {
					differences.add(new ForeignKeyChanged(table, database, model));
					actual.remove();
					expected.remove();
					break;
				}
			}
		}
	}

	private void compareChecks(QualifiedName table, Table model, Table database, List<SchemaDifference> differences) {
		// A named check pairs by name only: there is nothing else to pair it by. An
		// unnamed one (JPA's enum and Bean Validation checks) pairs with the check under
		// the name autogenerate gives it (the naming convention) or the one PostgreSQL
		// gives it (Hibernate's own DDL), and else with a check of the same enum-style
		// expression. A paired enum-style check whose allowed values changed is dropped
		// and added again.
		List<CheckConstraint> extra = new ArrayList<>(database.checks());
		List<CheckConstraint> missing = new ArrayList<>();
		List<CheckConstraint> changed = new ArrayList<>();
		for (CheckConstraint expected : model.checks()) {
			CheckConstraint actual = counterpart(table, expected, extra);
			if (actual == null) {
				missing.add(expected);
				continue;
			}
			extra.remove(actual);
			if (CheckExpressions.differ(expected.expression(), actual.expression())) {
				changed.add(actual);
				missing.add(expected);
			}
		}
		extra.addAll(changed);
		extra.forEach(check -> differences.add(new CheckConstraintRemoved(table, check)));
		missing.forEach(check -> differences.add(new CheckConstraintAdded(table, check)));
	}

	private CheckConstraint counterpart(QualifiedName table, CheckConstraint expected,
			List<CheckConstraint> candidates) {
		// The convention's name and PostgreSQL's are the same when no convention is set.
		java.util.Set<String> names = new java.util.HashSet<>();
		if (expected.name() != null) {
			names.add(expected.name());
		}
		else {
			names.add(options.namingConvention().check(table.name(), expected.columns()));
			names.add(NamingConvention.postgresName("ck", table.name(), expected.columns()));
		}
		for (CheckConstraint candidate : candidates) {
			if (names.contains(candidate.name())) {
				return candidate;
			}
		}
		String canonical = expected.name() == null ? CheckExpressions.canonical(expected.expression()) : null;
		if (canonical != null) {
			for (CheckConstraint candidate : candidates) {
				if (canonical.equals(CheckExpressions.canonical(candidate.expression()))) {
					return candidate;
				}
			}
		}
		return null;
	}

	private static String columnKey(List<String> columns) {
		return String.join(",", columns.stream().map(TableComparator::simplify).toList());
	}

	private static String indexKey(Index index) {
		return index.unique() + "|" + index.method() + "|" + columnKey(index.elements()) + "|"
				+ (index.predicate() == null ? "" : simplify(index.predicate()));
	}

	private static String foreignKeyTarget(ForeignKey fk) {
		return columnKey(fk.columns()) + "->" + fk.targetSchema() + "." + fk.targetTable() + "("
				+ columnKey(fk.targetColumns()) + ")";
	}

	private static String foreignKeyKey(ForeignKey fk) {
		return foreignKeyTarget(fk) + "|" + fk.onUpdate() + "|" + fk.onDelete() + "|" + fk.deferrable() + "|"
				+ fk.initiallyDeferred();
	}

	// Quoting, case, spacing and PostgreSQL's extra parentheses do not change what an
	// index element or
	// predicate means.
	private static String simplify(String text) {
		return text.replaceAll("[\"()\\s]", "").toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
