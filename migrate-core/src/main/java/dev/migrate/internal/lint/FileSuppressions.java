package dev.migrate.internal.lint;

import dev.migrate.internal.lint.sql.SqlComment;
import dev.migrate.internal.lint.sql.SqlTokenizer;
import dev.migrate.result.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Attaches the {@code -- migrate:lint-ignore} comments of a SQL revision file to its
 * upgrade statements: a comment inside a statement or on the same line as its end belongs
 * to that statement; a comment on a line of its own belongs to the next statement; a
 * comment after the last statement belongs to the last one (it can still silence
 * revision-wide findings).
 */
final class FileSuppressions {

	private static final Pattern UPGRADE_MARKER = Pattern.compile("^\\s*--\\s*migrate\\s*:\\s*upgrade\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DOWNGRADE_MARKER = Pattern.compile("^\\s*--\\s*migrate\\s*:\\s*downgrade\\s*$",
			Pattern.CASE_INSENSITIVE);

	private FileSuppressions() {
	}

	/**
	 * Returns {@code statements} with the directives of {@code content} (the text of
	 * {@code file}) added to the statements they belong to. Statements from other files
	 * are returned unchanged.
	 */
	static List<LintStatement> attach(List<LintStatement> statements, String file, String content) {
		String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		int upgradeStart = 0;
		int upgradeEnd = lines.length;
		for (int i = 0; i < lines.length; i++) {
			if (UPGRADE_MARKER.matcher(lines[i]).matches()) {
				upgradeStart = i + 1;
			}
			else if (DOWNGRADE_MARKER.matcher(lines[i]).matches() && i >= upgradeStart) {
				upgradeEnd = i + 1;
				break;
			}
		}
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
		for (SqlComment comment : SqlTokenizer.tokenize(String.join("\n", lines)).comments()) {
			int line = comment.line() + 1;
			if (line <= upgradeStart || line > upgradeEnd) {
				continue;
			}
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
