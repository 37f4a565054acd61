package dev.migrate.result;

import java.util.List;

/**
 * The differences between a database schema and the entity model, one readable line each
 * ({@code add column public.users.email text}).
 *
 * @param differences one line per difference, in a stable order
 */
public record SchemaDrift(List<String> differences) {

	public SchemaDrift {
		differences = List.copyOf(differences);
	}

	/** True when the database matches the model. */
	public boolean isEmpty() {
		return this.differences.isEmpty();
	}

	/** A readable, multi-line summary for logs and the command line. */
	public String toText() {
		if (isEmpty()) {
			return "The database matches the entity model.";
		}
		StringBuilder text = new StringBuilder("The database differs from the entity model (")
			.append(this.differences.size())
			.append((this.differences.size() == 1) ? " difference):" : " differences):");
		this.differences.forEach((difference) -> text.append(System.lineSeparator()).append("  - ").append(difference));
		return text.toString();
	}

	@Override
	public String toString() {
		return toText();
	}

}
