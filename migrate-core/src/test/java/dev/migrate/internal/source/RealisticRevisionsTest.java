package dev.migrate.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Transactional;
import dev.migrate.internal.revision.RevisionScript;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads 320 revision files written like a real project's history (generated once by
 * src/test/scripts/generate_realistic_revisions.py, which also wrote manifest.tsv with
 * what each file contains) and checks every file against the manifest: graph headers,
 * checksum, and the line and text of every statement. When it was generated, the corpus
 * was run against PostgreSQL 15 through this splitter (every upgrade in topological
 * order, then every reversible downgrade in reverse), so the statements are real,
 * executable SQL.
 */
class RealisticRevisionsTest {

	private static final String LOCATION = "classpath:db/realistic";

	private static final List<String> COLUMNS = List.of("path", "id", "parents", "labels", "depends_on",
			"transactional", "checksum", "upgrade_lines", "upgrade_digest", "downgrade_lines", "downgrade_digest");

	private static List<RevisionScript> scripts;

	private static Map<String, String[]> manifest;

	@BeforeAll
	static void load() throws IOException {
		scripts = RevisionLoader.builder().locations(LOCATION).build().load();
		try (InputStream in = RealisticRevisionsTest.class.getResourceAsStream("/db/realistic/manifest.tsv")) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			String header = lines.get(0);
			assertThat(header).isEqualTo(String.join("\t", COLUMNS));
			manifest = lines.stream()
				.skip(1)
				.map(line -> line.split("\t", -1))
				.collect(Collectors.toMap(fields -> LOCATION + "/" + fields[0], fields -> fields));
		}
	}

	@Test
	void loadsEveryFileInPathOrder() {
		assertThat(scripts).hasSize(320).hasSize(manifest.size());
		List<String> files = scripts.stream().map(s -> s.location().file()).toList();
		assertThat(files).isSorted().containsExactlyInAnyOrderElementsOf(manifest.keySet());
	}

	@Test
	void everyFileMatchesTheManifest() {
		// One comparison per manifest column, reported together: a splitter bug shows in
		// many files at once.
		List<String> differences = new ArrayList<>();
		for (RevisionScript script : scripts) {
			String file = script.location().file();
			String[] expected = manifest.get(file);
			String[] actual = manifestRow(script);
			for (int column = 1; column < COLUMNS.size(); column++) {
				// The manifest's checksums were recorded before a final newline stopped
				// counting as an edit (some files end in two): what a database recorded
				// then
				// must still match.
				boolean same = COLUMNS.get(column).equals("checksum")
						? script.matchesChecksum(actual[column], expected[column])
						: actual[column].equals(expected[column]);
				if (!same) {
					differences.add(file + " " + COLUMNS.get(column) + ": expected [" + expected[column] + "] but was ["
							+ actual[column] + "]");
				}
			}
		}
		assertThat(differences).isEmpty();
	}

	/** The script described the way the generator describes it in manifest.tsv. */
	private static String[] manifestRow(RevisionScript script) {
		SqlMigration migration = (SqlMigration) script.migration();
		return new String[] { script.location().file(), script.id(), String.join(",", script.parents()),
				String.join(",", script.branchLabels()), String.join(",", script.dependsOn()),
				script.transactional() == Transactional.TRUE ? "true" : "false", script.checksum(),
				lines(migration.upgradeStatements()), digest(migration.upgradeStatements()),
				script.downgradable() ? lines(migration.downgradeStatements()) : "-",
				script.downgradable() ? digest(migration.downgradeStatements()) : "-" };
	}

	@Test
	void theCorpusHasTheShapeOfARealProject() {
		Set<String> parents = new HashSet<>();
		scripts.forEach(s -> parents.addAll(s.parents()));
		Map<String, Integer> counts = new HashMap<>();
		for (RevisionScript s : scripts) {
			SqlMigration migration = (SqlMigration) s.migration();
			counts.merge("upgrade statements", migration.upgradeStatements().size(), Integer::sum);
			counts.merge("downgrade statements", migration.downgradeStatements().size(), Integer::sum);
			counts.merge("merges", s.isMerge() ? 1 : 0, Integer::sum);
			counts.merge("bases", s.isBase() ? 1 : 0, Integer::sum);
			counts.merge("heads", parents.contains(s.id()) ? 0 : 1, Integer::sum);
			counts.merge("irreversible", s.downgradable() ? 0 : 1, Integer::sum);
			counts.merge("non-transactional", s.transactional() == Transactional.FALSE ? 1 : 0, Integer::sum);
			counts.merge("labelled", s.branchLabels().isEmpty() ? 0 : 1, Integer::sum);
			counts.merge("with depends-on", s.dependsOn().isEmpty() ? 0 : 1, Integer::sum);
		}
		assertThat(counts).containsExactlyInAnyOrderEntriesOf(
				Map.of("upgrade statements", 805, "downgrade statements", 515, "merges", 10, "bases", 6, "heads", 2,
						"irreversible", 22, "non-transactional", 29, "labelled", 12, "with depends-on", 9));
	}

	@Test
	void nonTransactionalRevisionsAreTheConcurrentIndexes() {
		for (RevisionScript script : scripts) {
			boolean concurrently = ((SqlMigration) script.migration()).upgradeStatements()
				.stream()
				.anyMatch(s -> s.sql().contains(" CONCURRENTLY "));
			assertThat(script.transactional() == Transactional.FALSE).as(script.location().file())
				.isEqualTo(concurrently);
		}
	}

	private static String lines(List<SqlStatement> statements) {
		return statements.stream().map(s -> String.valueOf(s.location().line())).collect(Collectors.joining(" "));
	}

	private static String digest(List<SqlStatement> statements) {
		String joined = statements.stream().map(SqlStatement::sql).collect(Collectors.joining("\0"));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
