package dev.migrate.internal.schema.diff;

import dev.migrate.schema.QualifiedName;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Compares the model (what the entities expect) with the database (what reflection found)
 * and reports what would have to change in the database, Alembic's
 * {@code compare_metadata}. Tables and sequences are matched by schema-qualified name;
 * {@link TableComparator} compares the insides of tables present in both.
 */
public final class SchemaComparator {

	private static final Comparator<QualifiedName> BY_NAME = Comparator.comparing(QualifiedName::schema)
		.thenComparing(QualifiedName::name);

	private final CompareOptions options;

	public SchemaComparator(CompareOptions options) {
		this.options = options;
	}

	public SchemaComparator() {
		this(CompareOptions.defaults());
	}

	public DriftReport compare(SchemaModel model, SchemaModel database) {
		SchemaModel expected = model.withDefaultSchema(options.defaultSchema());
		SchemaModel actual = database.withDefaultSchema(options.defaultSchema());
		Map<QualifiedName, Table> expectedTables = byName(expected.tables(), Table::qualifiedName);
		Map<QualifiedName, Table> actualTables = byName(actual.tables(), Table::qualifiedName);
		List<SchemaDifference> differences = new ArrayList<>(missingSchemas(expected, actual));
		TableComparator tableComparator = new TableComparator(options);
		expectedTables.forEach((name, table) -> {
			Table existing = actualTables.get(name);
			if (existing == null) {
				differences.add(new TableAdded(table));
			}
			else {
				differences.addAll(tableComparator.compare(table, existing));
			}
		});
		actualTables.forEach((name, table) -> {
			if (!expectedTables.containsKey(name)) {
				differences.add(new TableRemoved(table));
			}
		});
		compareSequences(expected, actual, differences);
		differences.sort(Comparator.comparing(SchemaDifference::owner, BY_NAME));
		return new DriftReport(differences);
	}

	// The default schema is taken to exist; other schemas the model uses must be created.
	private List<SchemaDifference> missingSchemas(SchemaModel expected, SchemaModel actual) {
		java.util.Set<String> used = new java.util.TreeSet<>();
		expected.tables().forEach(table -> used.add(table.schema()));
		expected.sequences().forEach(sequence -> used.add(sequence.schema()));
		used.remove(options.defaultSchema());
		used.removeAll(actual.schemas());
		return used.stream().<SchemaDifference>map(SchemaAdded::new).toList();
	}

	private void compareSequences(SchemaModel expected, SchemaModel actual, List<SchemaDifference> differences) {
		Map<QualifiedName, Sequence> expectedSequences = byName(expected.sequences(), Sequence::qualifiedName);
		Map<QualifiedName, Sequence> actualSequences = byName(actual.sequences(), Sequence::qualifiedName);
		expectedSequences.forEach((name, sequence) -> {
			Sequence existing = actualSequences.get(name);
			if (existing == null) {
				differences.add(new SequenceAdded(sequence));
			}
			else if (existing.increment() != sequence.increment() || existing.start() != sequence.start()) {
				differences.add(new SequenceChanged(existing, sequence));
			}
		});
		// A serial column's sequence belongs to its column, which the column comparison
		// already covers.
		actualSequences.forEach((name, sequence) -> {
			if (!expectedSequences.containsKey(name) && sequence.ownedBy() == null) {
				differences.add(new SequenceRemoved(sequence));
			}
		});
	}

	private <T> Map<QualifiedName, T> byName(List<T> objects, Function<T, QualifiedName> name) {
		Map<QualifiedName, T> map = new TreeMap<>(BY_NAME);
		for (T object : objects) {
			QualifiedName qualifiedName = name.apply(object);
			if (!options.excludes(qualifiedName.schema(), qualifiedName.name())) {
				map.put(qualifiedName, object);
			}
		}
		return map;
	}

}
