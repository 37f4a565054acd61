package dev.migrate.internal.lint;

import dev.migrate.internal.lint.sql.AlterTable;
import dev.migrate.internal.lint.sql.AlterTableAction;
import dev.migrate.internal.lint.sql.TableConstraint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code CHECK (c IS NOT NULL)} constraints seen so far in one lint run, across its
 * revisions: which are validated, and which were added {@code NOT VALID} and still wait
 * for {@code VALIDATE CONSTRAINT}. PostgreSQL 12+ proves {@code SET NOT NULL} from a
 * validated one without scanning the table, which is the safe pattern the lint itself
 * prescribes.
 *
 * <p>
 * Only checks written in the linted revisions are known; one validated by a revision that
 * is already applied is not visible here.
 */
final class NotNullProofs {

	/** {@code table/constraint} to the columns it proves, for checks added NOT VALID. */
	private final Map<String, List<String>> notValid = new HashMap<>();

	/** {@code table/constraint} to the columns it proves, for validated checks. */
	private final Map<String, List<String>> validated = new HashMap<>();

	/** Whether a validated check proves {@code column} of {@code table} NOT NULL. */
	boolean proves(String table, String column) {
		String prefix = table + "/";
		return validated.entrySet()
			.stream()
			.anyMatch(entry -> entry.getKey().startsWith(prefix) && entry.getValue().contains(column));
	}

	/** Takes note of the not-null checks {@code statement} adds, validates or drops. */
	void record(LintStatement statement) {
		if (!(statement.ddl() instanceof AlterTable alter)) {
			return;
		}
		for (AlterTableAction action : alter.actions()) {
			String key = alter.table() + "/";
			if (action.kind() == AlterTableAction.Kind.ADD_CONSTRAINT
					&& !action.constraint().notNullColumns().isEmpty()) {
				TableConstraint check = action.constraint();
				// An unnamed check gets a generated name nobody can VALIDATE by name
				// here,
				// so it is keyed by its columns: it still counts when valid from the
				// start.
				String name = check.name() != null ? check.name() : "?" + check.notNullColumns();
				(check.notValid() ? notValid : validated).put(key + name, check.notNullColumns());
			}
			else if (action.kind() == AlterTableAction.Kind.VALIDATE_CONSTRAINT && action.newName() != null) {
				List<String> columns = notValid.remove(key + action.newName());
				if (columns != null) {
					validated.put(key + action.newName(), columns);
				}
			}
			else if (action.kind() == AlterTableAction.Kind.DROP_CONSTRAINT && action.newName() != null) {
				notValid.remove(key + action.newName());
				validated.remove(key + action.newName());
			}
		}
	}

}
