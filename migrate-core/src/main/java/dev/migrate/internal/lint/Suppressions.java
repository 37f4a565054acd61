package dev.migrate.internal.lint;

import dev.migrate.LintIgnore;
import dev.migrate.result.LintFinding;
import dev.migrate.result.Severity;

import dev.migrate.internal.lint.rules.InvalidLintIgnoreRule;
import dev.migrate.internal.lint.rules.UnusedLintIgnoreRule;
import dev.migrate.ops.Operations;
import dev.migrate.internal.revision.RevisionScript;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies the suppressions of one revision to its violations.
 *
 * <p>
 * A {@code -- migrate:lint-ignore} comment applies to the statement it is written in or
 * directly above; for revision-wide findings (no statement) any such comment in the
 * revision counts. A {@link LintIgnore} annotation applies to the whole Java revision.
 * Only suppressions with a reason silence anything; the others, and those naming unknown
 * rules, are reported themselves, and those that silenced nothing are reported as unused
 * so stale excuses do not pile up.
 */
final class Suppressions {

	private final RevisionScript revision;

	private final List<LintStatement> statements;

	private final List<LintIgnoreDirective> revisionWide;

	private final Set<String> knownRules;

	/**
	 * Rule ids each directive actually silenced, by directive identity (equal directives
	 * may sit on two statements).
	 */
	private final Map<LintIgnoreDirective, Set<String>> used = new IdentityHashMap<>();

	Suppressions(RevisionScript revision, List<LintStatement> statements, List<String> knownRules) {
		this.revision = revision;
		this.statements = statements;
		this.revisionWide = annotations(revision);
		this.knownRules = new HashSet<>(knownRules);
	}

	/**
	 * Turns violations into findings, marking suppressed ones, and adds findings about
	 * the suppressions.
	 */
	List<LintFinding> apply(List<RuleViolation> violations, Function<String, Severity> severityOf,
			RevisionLintContext context) {
		List<LintFinding> findings = new ArrayList<>();
		for (RuleViolation ruleViolation : violations) {
			Severity severity = severityOf.apply(ruleViolation.ruleId());
			if (severity == Severity.OFF) {
				continue;
			}
			Violation violation = ruleViolation.violation();
			LintStatement statement = violation.statement();
			LintFinding finding = new LintFinding(ruleViolation.ruleId(), severity, revision.id(),
					statement == null ? context.location() : statement.location(),
					statement == null ? "" : statement.summary(), violation.message(), violation.fix(), false, null);
			LintIgnoreDirective directive = matchingDirective(ruleViolation.ruleId(), statement);
			findings.add(directive == null ? finding : finding.suppress(directive.reason()));
		}
		findings.addAll(problems(severityOf));
		return findings;
	}

	private LintIgnoreDirective matchingDirective(String ruleId, LintStatement statement) {
		List<LintIgnoreDirective> candidates = new ArrayList<>(revisionWide);
		if (statement != null) {
			candidates.addAll(statement.ignores());
		}
		else {
			statements.forEach(each -> candidates.addAll(each.ignores()));
		}
		for (LintIgnoreDirective directive : candidates) {
			if (directive.hasReason() && directive.rules().contains(ruleId)) {
				used.computeIfAbsent(directive, unused -> new HashSet<>()).add(ruleId);
				return directive;
			}
		}
		return null;
	}

	private List<LintFinding> problems(Function<String, Severity> severityOf) {
		List<LintFinding> findings = new ArrayList<>();
		Severity invalid = severityOf.apply(InvalidLintIgnoreRule.ID);
		Severity unused = severityOf.apply(UnusedLintIgnoreRule.ID);
		List<PlacedDirective> all = new ArrayList<>();
		revisionWide.forEach(directive -> all.add(new PlacedDirective("", directive)));
		for (LintStatement statement : statements) {
			statement.ignores().forEach(directive -> all.add(new PlacedDirective(statement.summary(), directive)));
		}
		for (PlacedDirective placed : all) {
			LintIgnoreDirective directive = placed.directive();
			String statement = placed.statement();
			if (directive.rules().isEmpty()) {
				add(findings, InvalidLintIgnoreRule.ID, invalid, directive, statement,
						"Suppression names no rule, so it silences nothing.");
				continue;
			}
			if (!directive.hasReason()) {
				add(findings, InvalidLintIgnoreRule.ID, invalid, directive, statement,
						"Suppression of " + String.join(", ", directive.rules()) + " gives no reason, so it "
								+ "silences nothing: a reviewer must be able to see why the hazard is acceptable.");
				continue;
			}
			for (String rule : directive.rules()) {
				if (!knownRules.contains(rule)) {
					add(findings, InvalidLintIgnoreRule.ID, invalid, directive, statement,
							"Suppression names unknown rule '" + rule + "', so it silences nothing.");
				}
				else if (!used.getOrDefault(directive, Set.of()).contains(rule)
						&& severityOf.apply(rule) != Severity.OFF) {
					add(findings, UnusedLintIgnoreRule.ID, unused, directive, statement,
							"Suppression of " + rule + " matches no finding: the hazard it excused is gone or the "
									+ "comment is not directly above the statement it means.");
				}
			}
		}
		return findings;
	}

	private void add(List<LintFinding> findings, String ruleId, Severity severity, LintIgnoreDirective directive,
			String statement, String message) {
		if (severity == Severity.OFF) {
			return;
		}
		findings.add(new LintFinding(ruleId, severity, revision.id(), directive.location(), statement, message,
				"Write -- " + LintIgnoreDirective.PREFIX + " RULE reason (SQL) or @LintIgnore(value = \"RULE\", "
						+ "reason = \"...\") (Java) directly at the statement it excuses, with a known rule id and a "
						+ "reason; remove suppressions that are no longer needed.",
				false, null));
	}

	/**
	 * {@link LintIgnore}s of a Java revision: on its class (inherited, so a Spring CGLIB
	 * proxy still shows them) and on {@code upgrade} wherever it is declared in the class
	 * hierarchy (a proxy overrides it).
	 */
	private static List<LintIgnoreDirective> annotations(RevisionScript revision) {
		Class<?> type = revision.migration().getClass();
		Set<LintIgnore> annotations = new LinkedHashSet<>(Arrays.asList(type.getAnnotationsByType(LintIgnore.class)));
		for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
			try {
				Method upgrade = declaring.getDeclaredMethod("upgrade", Operations.class);
				annotations.addAll(Arrays.asList(upgrade.getAnnotationsByType(LintIgnore.class)));
			}
			catch (NoSuchMethodException e) {
				// Declared further up (or only in the interface): keep walking.
			}
		}
		return annotations.stream()
			.map(annotation -> new LintIgnoreDirective(List.of(annotation.value()), annotation.reason(),
					revision.location()))
			.toList();
	}

	/**
	 * A directive with the statement it is attached to (empty for revision-wide
	 * annotations).
	 */
	private record PlacedDirective(String statement, LintIgnoreDirective directive) {
	}

}
