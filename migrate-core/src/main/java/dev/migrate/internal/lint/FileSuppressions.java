package dev.migrate.internal.lint;

import dev.migrate.internal.lint.sql.SqlComment;
import dev.migrate.internal.lint.sql.SqlTokenizer;
import dev.migrate.result.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Attaches the {@code -- migrate:lint-ignore} comments of a SQL revision file's upgrade
 * section to its statements: a comment inside a statement or on the same line as its end
 * belongs to that statement; a comment on a line of its own belongs to the next
 * statement; a comment after the last statement belongs to the last one (it can still
 * silence revision-wide findings).
 */
final class FileSuppressions {

	private FileSuppressions() {
	}

	/**
	 * Returns {@code statements} with the directives of {@code upgradeSection} (the
	 * upgrade section of {@code file}, as the revision parser found it, starting on line
	 * {@code firstLine}) added to the statements they belong to. Statements from other
	 * files are returned unchanged.
	 */
	static List<LintStatement> attach(List<LintStatement> statements, String file, String upgradeSection,
			int firstLine) {
		List<Integer> own = new ArrayList<>();
		for (int i = 0; i < statements.size(); i++) {
			if (statements.get(i).location().file().equals(file) && statements.get(i).location().line() > 0) {
				own.add(i);
			}
		}
		if (own.isEmpty()) {
			return statements;
		}
		List<List<LintIgnoreDirective>> extra = new ArrayList<>();
		statements.forEach(statement -> extra.add(new ArrayList<>()));
		for (SqlComment comment : SqlTokenizer.tokenize(upgradeSection).comments()) {
			int line = firstLine + comment.line();
			Optional<LintIgnoreDirective> directive = LintIgnoreDirective.parse(comment.text(),
					new SourceLocation(file, line));
			if (directive.isPresent()) {
				extra.get(owner(statements, own, line)).add(directive.get());
			}
		}
		List<LintStatement> result = new ArrayList<>();
		for (int i = 0; i < statements.size(); i++) {
			LintStatement statement = statements.get(i);
			// Comments inside the statement text were already found by LintStatement.of:
			// keep one of each.
			Set<LintIgnoreDirective> added = new LinkedHashSet<>(extra.get(i));
			statement.ignores().forEach(added::remove);
			result.add(added.isEmpty() ? statement : statement.withIgnores(List.copyOf(added)));
		}
		return result;
	}

	private static int owner(List<LintStatement> statements, List<Integer> own, int line) {
		for (int index : own) {
			LintStatement statement = statements.get(index);
			int last = statement.location().line() + (int) statement.sql().chars().filter(c -> c == '\n').count();
			if (line <= last) {
				// Inside or at the end of this statement, or (on a line of its own) above
				// it.
				return index;
			}
		}
		return own.get(own.size() - 1);
	}

}
