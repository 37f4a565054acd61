package dev.migrate.internal.schema.diff;

import dev.migrate.result.SchemaDrift;

import java.util.List;

/**
 * The result of comparing the model with the database: empty when they match. The CLI,
 * the app-jar command, the tests and the endpoint all read this rather than an exception.
 *
 * @param differences the differences, grouped by table in name order
 */
public record DriftReport(List<SchemaDifference> differences) {

	public DriftReport {
		differences = List.copyOf(differences);
	}

	/** True when the database matches the model. */
	public boolean isEmpty() {
		return differences.isEmpty();
	}

	/** The differences of one kind, e.g. {@code report.ofType(ColumnAdded.class)}. */
	public <T extends SchemaDifference> List<T> ofType(Class<T> type) {
		return differences.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * One {@link SchemaDifference#describe() description} per difference, in report
	 * order.
	 */
	public List<String> descriptions() {
		return differences.stream().map(SchemaDifference::describe).toList();
	}

	/** The plain form results carry. */
	public SchemaDrift plain() {
		return new SchemaDrift(descriptions());
	}

	/** A readable, multi-line summary for logs and the command line. */
	public String toText() {
		return plain().toText();
	}

	@Override
	public String toString() {
		return toText();
	}
}
