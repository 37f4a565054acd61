package dev.migrate.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.migrate.test.fixtures.TagsModel;
import dev.migrate.test.fixtures.TagsWithPriorityModel;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Each check passes on good revisions and fails, for the right reason and with a message
 * that names the revision, on revisions made to break it. The annotated classes are
 * nested, so only this test's engine run sees them (Surefire skips nested classes).
 */
class MigrationChecksEngineTest {

	@MigrationChecks(locations = "classpath:checks/good", data = "classpath:data/good", skip = Check.DRIFT)
	static class Good {

	}

	@MigrationChecks(locations = "classpath:checks/drift", model = TagsModel.class)
	static class DriftFree {

	}

	@MigrationChecks(locations = "classpath:checks/drift", model = TagsWithPriorityModel.class,
			skip = { Check.STAIRWAY, Check.OFFLINE, Check.LINT })
	static class EntityColumnWithoutRevision {

	}

	@MigrationChecks(locations = "classpath:checks/twoheads", skip = { Check.STAIRWAY, Check.OFFLINE, Check.LINT })
	static class TwoHeads {

	}

	@MigrationChecks(locations = "classpath:checks/irreversible", only = Check.STAIRWAY)
	static class Irreversible {

	}

	@MigrationChecks(locations = "classpath:checks/irreversible", only = Check.STAIRWAY, irreversible = "d4d4d4d4d4d4")
	static class DeclaredIrreversible {

	}

	@MigrationChecks(locations = "classpath:checks/lossy", data = "classpath:data/lossy", only = Check.STAIRWAY)
	static class LossyDowngrade {

	}

	@MigrationChecks(locations = "classpath:checks/lossy", only = Check.STAIRWAY)
	static class LossyDowngradeWithoutData {

	}

	@MigrationChecks(locations = "classpath:checks/leftover", only = Check.STAIRWAY)
	static class IndexLeftBehind {

	}

	@MigrationChecks(locations = "classpath:checks/leftover", only = Check.STAIRWAY, skip = Check.NO_TRACE)
	static class IndexLeftBehindNoTraceOff {

	}

	@MigrationChecks(locations = "classpath:checks/linterror", only = Check.LINT)
	static class LintError {

	}

	@MigrationChecks(locations = "classpath:checks/linterror", only = Check.LINT, lintAfter = "a7a7a7a7a7a7")
	static class LintErrorAlreadyDeployed {

	}

	@MigrationChecks(locations = {}, packages = "dev.migrate.test.fixtures.offline", only = Check.OFFLINE)
	static class OfflineDiffers {

	}

	@Test
	void goodRevisionsPassEveryCheck() {
		Map<String, String> outcomes = outcomes(run(Good.class));
		assertThat(outcomes).containsEntry("single head", "SUCCESSFUL")
			.containsEntry("upgrade base -> heads", "SUCCESSFUL")
			.containsEntry("a1a1a1a1a1a1 (create notes)", "SUCCESSFUL")
			.containsEntry("b2b2b2b2b2b2 (note titles, with a view and a trigger)", "SUCCESSFUL")
			.containsEntry("stairway: every revision up, down, up", "SUCCESSFUL")
			.containsEntry("revisions pass lint", "SUCCESSFUL")
			.containsEntry("offline SQL reaches the same schema as online", "SUCCESSFUL")
			.doesNotContainKey("entities match the migrated schema");
	}

	@Test
	void driftPassesWhenTheModelMatches() {
		assertThat(outcomes(run(DriftFree.class))).containsEntry("entities match the migrated schema", "SUCCESSFUL");
	}

	@Test
	void driftFailsForAnEntityColumnWithNoRevision() {
		assertThat(failure(run(EntityColumnWithoutRevision.class), "entities match the migrated schema"))
			.contains("differs from the entity model")
			.contains("priority");
	}

	@Test
	void singleHeadFailsForASecondHead() {
		assertThat(failure(run(TwoHeads.class), "single head")).contains("found 2")
			.contains("a1a1a1a1a1a1 (create notes)")
			.contains("c3c3c3c3c3c3 (a second, unrelated base)")
			.contains("migrate merge");
	}

	@Test
	void stairwayFailsForAnIrreversibleRevision() {
		assertThat(failure(run(Irreversible.class), "d4d4d4d4d4d4 (archive flag)")).contains("has no downgrade")
			.contains("irreversible = \"d4d4d4d4d4d4\"");
	}

	@Test
	void stairwayUpgradesThroughDeclaredIrreversibleRevisions() {
		assertThat(outcomes(run(DeclaredIrreversible.class))).containsEntry("stairway: every revision up, down, up",
				"SUCCESSFUL");
	}

	@Test
	void noTraceFailsForALossyDowngradeOfFixtureData() {
		assertThat(failure(run(LossyDowngrade.class), "e5e5e5e5e5e5 (move bodies to note_bodies)"))
			.contains("Downgrade of e5e5e5e5e5e5")
			.contains("left a trace")
			.containsPattern("- rows public\\.notes 2 md5 ");
	}

	@Test
	void withoutFixtureDataTheSameDowngradeLeavesNoSchemaTrace() {
		assertThat(outcomes(run(LossyDowngradeWithoutData.class)))
			.containsEntry("e5e5e5e5e5e5 (move bodies to note_bodies)", "SUCCESSFUL");
	}

	@Test
	void noTraceFailsForADowngradeThatLeavesAnIndexBehind() {
		assertThat(failure(run(IndexLeftBehind.class), "f6f6f6f6f6f6 (index note kinds)"))
			.contains("Downgrade of f6f6f6f6f6f6 (index note kinds) left a trace")
			.contains("+ index CREATE INDEX notes_kind ON public.notes USING btree (kind)");
	}

	@Test
	void noTraceCanBeSwitchedOff() {
		assertThat(failure(run(IndexLeftBehindNoTraceOff.class), "f6f6f6f6f6f6 (index note kinds)"))
			.contains("second upgrade of f6f6f6f6f6f6 (index note kinds) failed")
			.contains("\"notes_kind\" already exists")
			.doesNotContain("left a trace");
	}

	@Test
	void lintFailsForALintError() {
		assertThat(failure(run(LintError.class), "revisions pass lint")).contains("a7a7a7a7a7a7")
			.contains("create-index-non-concurrently");
	}

	@Test
	void lintLooksOnlyAfterTheDeployedRevision() {
		assertThat(outcomes(run(LintErrorAlreadyDeployed.class))).containsEntry("revisions pass lint", "SUCCESSFUL");
	}

	@Test
	void offlineFailsWhenTheScriptReachesAnotherSchema() {
		assertThat(failure(run(OfflineDiffers.class), "offline SQL reaches the same schema as online"))
			.contains("reaches another schema")
			.containsPattern("[+-] relation public\\.counted_\\d+ kind r");
	}

	private static EngineExecutionResults run(Class<?> testClass) {
		return EngineTestKit.engine(MigrationChecksEngine.ENGINE_ID).selectors(selectClass(testClass)).execute();
	}

	private static Map<String, String> outcomes(EngineExecutionResults results) {
		List<Event> finished = results.allEvents().finished().list();
		return finished.stream()
			.collect(Collectors.toMap(event -> event.getTestDescriptor().getDisplayName(),
					event -> event.getPayload(TestExecutionResult.class).orElseThrow().getStatus().name() + event
						.getPayload(TestExecutionResult.class)
						.orElseThrow()
						.getThrowable()
						.map(ex -> (event.getPayload(TestExecutionResult.class)
							.orElseThrow()
							.getStatus() == TestExecutionResult.Status.SUCCESSFUL) ? "" : ": " + ex.getMessage())
						.orElse(""),
					(a, b) -> a));
	}

	private static String failure(EngineExecutionResults results, String displayName) {
		String outcome = outcomes(results).get(displayName);
		assertThat(outcome).as("outcome of %s in %s", displayName, outcomes(results)).startsWith("FAILED");
		return outcome;
	}

}
