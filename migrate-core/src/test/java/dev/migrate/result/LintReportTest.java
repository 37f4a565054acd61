package dev.migrate.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LintReportTest {

	private static final SourceLocation AT = new SourceLocation("db/revisions/ffff0001_x.sql", 7);

	private static LintFinding finding(String rule, Severity severity) {
		return new LintFinding(rule, severity, "ffff0001", AT, "ALTER TABLE \"t\" DROP COLUMN c",
				"Drops \"c\"\n(really).", "Don't.", false, null);
	}

	private static final LintReport REPORT = new LintReport(List.of("ffff0001", "ffff0002"),
			List.of(finding("drop-column", Severity.ERROR), finding("revision-without-message", Severity.WARNING),
					finding("prefer-jsonb", Severity.INFO).suppress("legacy \"format\"")));

	@Test
	void countsActiveFindingsBySeverity() {
		assertThat(REPORT.count(Severity.ERROR)).isEqualTo(1);
		assertThat(REPORT.count(Severity.WARNING)).isEqualTo(1);
		assertThat(REPORT.count(Severity.INFO)).isZero();
		assertThat(REPORT.suppressed()).hasSize(1);
		assertThat(REPORT.hasErrors()).isTrue();
		assertThat(new LintReport(List.of("a"), List.of(finding("x", Severity.ERROR).suppress("ok"))).hasErrors())
			.isFalse();
	}

	@Test
	void textGroupsByRevisionAndEndsWithASummary() {
		assertThat(REPORT.toText()).isEqualTo("""
				ffff0001
				  ERROR drop-column at db/revisions/ffff0001_x.sql:7
				    ALTER TABLE "t" DROP COLUMN c
				    Drops "c"
				(really).
				    fix: Don't.
				  WARNING revision-without-message at db/revisions/ffff0001_x.sql:7
				    ALTER TABLE "t" DROP COLUMN c
				    Drops "c"
				(really).
				    fix: Don't.
				  suppressed prefer-jsonb at db/revisions/ffff0001_x.sql:7 (reason: legacy "format")

				1 error, 1 warning, 0 infos, 1 suppressed in 2 revisions
				""");
	}

	@Test
	void jsonEscapesStringsAndUsesNullForMissingReasons() {
		String json = REPORT.toJson();

		assertThat(json).startsWith("{\"revisions\": [\"ffff0001\", \"ffff0002\"], \"errors\": 1, \"warnings\": 1, "
				+ "\"infos\": 0, \"suppressed\": 1, \"findings\": [");
		assertThat(json).contains("{\"rule\": \"drop-column\", \"severity\": \"error\", \"revision\": \"ffff0001\", "
				+ "\"file\": \"db/revisions/ffff0001_x.sql\", \"line\": 7, "
				+ "\"statement\": \"ALTER TABLE \\\"t\\\" DROP COLUMN c\", \"message\": \"Drops \\\"c\\\"\\n(really).\", "
				+ "\"fix\": \"Don't.\", \"suppressed\": false, \"suppressionReason\": null}");
		assertThat(json).contains("\"suppressed\": true, \"suppressionReason\": \"legacy \\\"format\\\"\"}");
		assertThat(json).endsWith("]}\n");
	}

	@Test
	void emptyReportSaysSo() {
		LintReport empty = new LintReport(List.of("a"), List.of());
		assertThat(empty.toText()).isEqualTo("0 errors, 0 warnings, 0 infos, 0 suppressed in 1 revision\n");
		assertThat(empty.toJson()).isEqualTo("{\"revisions\": [\"a\"], \"errors\": 0, \"warnings\": 0, \"infos\": 0, "
				+ "\"suppressed\": 0, \"findings\": []}\n");
	}

}
