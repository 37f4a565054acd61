package dev.migrate.internal.lint;

import dev.migrate.result.LintFinding;
import dev.migrate.result.LintReport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.SqlRevisionParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lints {@code src/test/resources/lint/realworld}, a users/orders history with the usual
 * mistakes and their safe counterparts, and compares every finding with
 * {@code expected-findings.txt}.
 */
class RealWorldRevisionsTest {

	private static final String DIRECTORY = "lint/realworld";

	@Test
	void reportsExactlyTheExpectedFindings() throws Exception {
		LintReport report = Linter.withDefaults().lint(revisionsInOrder());

		List<String> actual = report.findings()
			.stream()
			.map(finding -> finding.revision() + " " + finding.ruleId() + " " + finding.location().line()
					+ (finding.suppressed() ? " suppressed" : ""))
			.toList();
		assertThat(actual).containsExactlyElementsOf(expected());
		assertThat(report.hasErrors()).isTrue();
	}

	@Test
	void pointsFindingsAtTheRevisionFileAndShowsTheStatement() throws Exception {
		LintReport report = Linter.withDefaults().lint(revisionsInOrder());

		LintFinding setNotNull = report.findings()
			.stream()
			.filter(finding -> finding.ruleId().equals("set-not-null"))
			.findFirst()
			.orElseThrow();
		assertThat(setNotNull.location().toString())
			.isEqualTo("classpath:lint/realworld/4d5e6f7a8b9c_orders_user_required.sql:8");
		assertThat(setNotNull.statement()).isEqualTo("ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL");
		assertThat(setNotNull.message()).contains("\"orders\" (created by revision 1a2b3c4d5e6f)");

		LintFinding dropColumn = report.suppressed().get(0);
		assertThat(dropColumn.suppressionReason()).isEqualTo("no release since 2.3 reads legacy_flag");
	}

	/**
	 * The files parsed and put in graph order (a single chain: each revision revises the
	 * one before).
	 */
	private static List<RevisionScript> revisionsInOrder() throws IOException, URISyntaxException {
		Path directory = Path.of(RealWorldRevisionsTest.class.getClassLoader().getResource(DIRECTORY).toURI());
		List<RevisionScript> revisions = new ArrayList<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".sql")).toList()) {
				revisions.add(SqlRevisionParser.parse("classpath:" + DIRECTORY + "/" + file.getFileName(),
						Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		Map<String, RevisionScript> byParent = revisions.stream()
			.filter(revision -> !revision.isBase())
			.collect(Collectors.toMap(revision -> revision.parents().get(0), Function.identity()));
		List<RevisionScript> ordered = new ArrayList<>();
		RevisionScript current = revisions.stream().filter(RevisionScript::isBase).findFirst().orElseThrow();
		while (current != null) {
			ordered.add(current);
			current = byParent.get(current.id());
		}
		assertThat(ordered).hasSameSizeAs(revisions);
		return ordered;
	}

	private static List<String> expected() throws IOException, URISyntaxException {
		Path file = Path.of(RealWorldRevisionsTest.class.getClassLoader()
			.getResource(DIRECTORY + "/expected-findings.txt")
			.toURI());
		return Files.readAllLines(file).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
	}

}
