package dev.migrate.internal.lint;

import dev.migrate.result.LintReport;
import dev.migrate.result.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinterConfigurationTest {

	private static final List<dev.migrate.internal.revision.RevisionScript> DROP = List
		.of(LintFixtures.revision("eeee0001", "ALTER TABLE users DROP COLUMN legacy;"));

	@Test
	void severityCanBeLoweredSoTheReportHasNoErrors() {
		LintReport report = Linter.builder().severity("drop-column", Severity.WARNING).build().lint(DROP);

		assertThat(report.active()).singleElement()
			.satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.WARNING));
		assertThat(report.hasErrors()).isFalse();
	}

	@Test
	void offDisablesTheRule() {
		LintReport report = Linter.builder().severities(Map.of("drop-column", Severity.OFF)).build().lint(DROP);

		assertThat(report.findings()).isEmpty();
	}

	@Test
	void unknownRuleInSeveritiesFailsNamingTheKnownRules() {
		assertThatThrownBy(() -> Linter.builder().severity("drop-colum", Severity.OFF).build())
			.isInstanceOf(MigrateException.class)
			.hasMessageContaining("Unknown lint rule 'drop-colum'")
			.hasMessageContaining("drop-column");
	}

	@Test
	void severityNamesParseAsInConfiguration() {
		assertThat(Severity.parse("error")).isEqualTo(Severity.ERROR);
		assertThat(Severity.parse(" Warn ")).isEqualTo(Severity.WARNING);
		assertThat(Severity.parse("INFO")).isEqualTo(Severity.INFO);
		assertThat(Severity.parse("off")).isEqualTo(Severity.OFF);
		assertThatThrownBy(() -> Severity.parse("fatal")).hasMessageContaining("error, warning, info or off");
	}

	@Test
	void customRulesRunBesideTheBuiltInOnes() {
		LintRule noTruncate = new LintRule() {
			@Override
			public String id() {
				return "no-truncate";
			}

			@Override
			public Severity defaultSeverity() {
				return Severity.ERROR;
			}

			@Override
			public String description() {
				return "TRUNCATE empties a table.";
			}

			@Override
			public List<Violation> check(LintStatement statement, RevisionLintContext context) {
				return statement.tokens().get(0).is("truncate")
						? List.of(new Violation("Truncates a table.", "Delete in batches.", statement)) : List.of();
			}
		};
		LintReport report = Linter.builder()
			.rule(noTruncate)
			.build()
			.lint(List.of(LintFixtures.revision("eeee0002", "TRUNCATE audit_log;")));

		assertThat(LintFixtures.ruleIds(report)).containsExactly("no-truncate");
	}

	@Test
	void builtInRulesHaveUniqueKebabCaseIdsDescriptionsAndSeverities() {
		List<LintRule> rules = LintRules.builtIn();

		assertThat(rules).extracting(LintRule::id)
			.doesNotHaveDuplicates()
			.allMatch(id -> id.matches("[a-z]+(-[a-z0-9]+)*"));
		assertThat(rules).allSatisfy(rule -> assertThat(rule.description()).endsWith("."));
		// Opt-in rules are off unless configured; every other rule reports by default.
		assertThat(rules).filteredOn(rule -> rule.defaultSeverity() == Severity.OFF)
			.extracting(LintRule::id)
			.containsExactlyInAnyOrder("require-table-schema", "require-statement-timeout");
		assertThat(new HashSet<>(rules.stream().map(LintRule::defaultSeverity).toList()))
			.containsExactlyInAnyOrder(Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.OFF);
	}

	@Test
	void linterListsItsRulesWithConfiguredSeverities() {
		Linter linter = Linter.builder().severity("prefer-jsonb", Severity.ERROR).build();

		assertThat(linter.rules()).hasSameSizeAs(LintRules.builtIn());
		assertThat(linter.severityOf("prefer-jsonb")).isEqualTo(Severity.ERROR);
		assertThat(linter.severityOf("prefer-identity")).isEqualTo(Severity.INFO);
	}

}
