package dev.migrate.autoconfigure;

import dev.migrate.result.RevisionInfo;
import dev.migrate.result.PlannedStep;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Transactional;
import dev.migrate.result.ChecksumMismatch;
import dev.migrate.Direction;
import dev.migrate.result.SourceLocation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class PendingMigrationsFailureAnalyzerTests {

	private final PendingMigrationsFailureAnalyzer analyzer = new PendingMigrationsFailureAnalyzer();

	@Test
	void namesTheEngineAndItsCommandWhenThereAreSeveral() {
		RevisionInfo invoices = new RevisionInfo("9f8e7d6c5b4a", List.of(), Set.of(), List.of(), "create invoices",
				Transactional.TRUE, null,
				new SourceLocation("classpath:db/billing/9f8e7d6c5b4a_create_invoices.sql", 1), true);
		PendingMigrationsException failure = new PendingMigrationsException("billingMigrate",
				List.of(new PlannedStep(invoices, Direction.UPGRADE, Set.of(), Set.of("9f8e7d6c5b4a"))), List.of(),
				"java -jar app.jar migrate --engine billingMigrate upgrade heads");
		FailureAnalysis analysis = this.analyzer.analyze(new IllegalStateException("wrapped", failure));
		assertThat(analysis.getDescription()).contains("engine 'billingMigrate'", "9f8e7d6c5b4a  create invoices");
		assertThat(analysis.getAction()).contains("java -jar app.jar migrate --engine billingMigrate upgrade heads")
			.doesNotContain("validate-checksums");
	}

	@Test
	void explainsChangedAppliedRevisions() {
		ChecksumMismatch edited = new ChecksumMismatch("1a2b3c4d5e6f", "aaa", "bbb",
				new SourceLocation("classpath:db/revisions/1a2b3c4d5e6f_create_users.sql", 0));
		PendingMigrationsException failure = new PendingMigrationsException("migrate", List.of(), List.of(edited),
				"java -jar app.jar migrate upgrade heads");
		FailureAnalysis analysis = this.analyzer.analyze(failure);
		assertThat(analysis.getDescription()).contains("Applied revisions changed since they ran:", "1a2b3c4d5e6f")
			.doesNotContain("Pending revisions");
		assertThat(analysis.getAction()).contains("migrate.validate-checksums=false").doesNotContain("upgrade heads");
	}

}
