package dev.migrate.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything migrate compares in a database: tables (with their columns, keys, indexes
 * and constraints), standalone sequences and enum types.
 *
 * @param schemas the schemas this model covers (for a reflected model: the reflected
 * schemas that exist)
 * @param tables the tables
 * @param sequences sequences not owned by identity columns
 * @param enumTypes enum types
 */
public record SchemaModel(Set<String> schemas, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {

	public SchemaModel {
		schemas = java.util.Collections.unmodifiableSet(new TreeSet<>(schemas));
		tables = List.copyOf(tables);
		sequences = List.copyOf(sequences);
		enumTypes = List.copyOf(enumTypes);
	}

	public static SchemaModel empty() {
		return new SchemaModel(Set.of(), List.of(), List.of(), List.of());
	}

	public static SchemaModel of(List<Table> tables) {
		return new SchemaModel(Set.of(), tables, List.of(), List.of());
	}

	public Optional<Table> table(String schema, String name) {
		return tables.stream()
			.filter(table -> table.name().equals(name) && java.util.Objects.equals(table.schema(), schema))
			.findFirst();
	}

	/**
	 * This model with every {@code null} schema (tables, sequences, enum types, foreign
	 * key targets) resolved.
	 */
	public SchemaModel withDefaultSchema(String defaultSchema) {
		List<Table> resolvedTables = tables.stream()
			.map(table -> table.schema() == null ? table.withSchema(defaultSchema) : table)
			.map(table -> table.withForeignKeys(table.foreignKeys()
				.stream()
				.map(fk -> fk.targetSchema() != null ? fk
						: new ForeignKey(fk.name(), fk.columns(), defaultSchema, fk.targetTable(), fk.targetColumns(),
								fk.onUpdate(), fk.onDelete(), fk.deferrable(), fk.initiallyDeferred()))
				.toList()))
			.toList();
		List<Sequence> resolvedSequences = sequences.stream()
			.map(s -> s.schema() != null ? s
					: new Sequence(defaultSchema, s.name(), s.dataType(), s.start(), s.increment(), s.ownedBy()))
			.toList();
		List<EnumType> resolvedEnums = enumTypes.stream()
			.map(e -> e.schema() != null ? e : new EnumType(defaultSchema, e.name(), e.labels()))
			.toList();
		Set<String> resolvedSchemas = new TreeSet<>(schemas);
		resolvedTables.forEach(table -> resolvedSchemas.add(table.schema()));
		return new SchemaModel(resolvedSchemas, resolvedTables, resolvedSequences, resolvedEnums);
	}
}
