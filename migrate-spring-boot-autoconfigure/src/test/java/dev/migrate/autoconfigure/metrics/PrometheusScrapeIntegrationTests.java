package dev.migrate.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.autoconfigure.integration.MigrateTestApplication;
import dev.migrate.testing.TestDatabase;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator's Prometheus sees after an application started in apply mode on real
 * PostgreSQL: every migrate meter described, the contract's tags, and every metric and
 * label the Grafana dashboard in {@code deploy/grafana} queries.
 */
class PrometheusScrapeIntegrationTests {

	private static final Path DASHBOARD = Path.of("../deploy/grafana/migrate-dashboard.json");

	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? .*$");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"");

	private static TestDatabase database;

	private static ConfigurableApplicationContext context;

	private static String scrape;

	@BeforeAll
	static void startApplication() {
		database = TestDatabase.create();
		context = new SpringApplicationBuilder(MigrateTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.user(),
					"spring.datasource.password=" + database.password(), "migrate.mode=apply",
					"management.metrics.tags.application=shop")
			.run();
		scrape = context.getBean(PrometheusMeterRegistry.class).scrape();
	}

	@AfterAll
	static void stopApplication() {
		if (context != null) {
			context.close();
		}
		database.close();
	}

	@Test
	void everyMigrateMeterHasADescription() {
		Map<String, String> help = new HashMap<>();
		scrape.lines().filter((line) -> line.startsWith("# HELP migrate_")).forEach((line) -> {
			String rest = line.substring("# HELP ".length());
			int space = rest.indexOf(' ');
			help.put((space < 0) ? rest : rest.substring(0, space), (space < 0) ? "" : rest.substring(space + 1));
		});
		Set<String> families = new HashSet<>();
		scrape.lines()
			.filter((line) -> line.startsWith("# TYPE migrate_"))
			.forEach((line) -> families.add(line.split(" ")[2]));
		assertThat(families).contains("migrate_run_seconds", "migrate_run_active_seconds", "migrate_revision_seconds",
				"migrate_revision_active_seconds", "migrate_lock_wait_seconds", "migrate_revisions_pending",
				"migrate_revisions_applied");
		assertThat(families)
			.allSatisfy((family) -> assertThat(help.get(family)).as("# HELP of %s", family).isNotNull().isNotBlank());
	}

	@Test
	void runsAreTaggedWithCommandAndStartupMode() {
		assertThat(labelSets("migrate_run_seconds_count")).singleElement()
			.satisfies((labels) -> assertThat(labels).containsEntry("command", "upgrade")
				.containsEntry("mode", "apply")
				.containsEntry("outcome", "success")
				.containsEntry("error", "none"));
	}

	@Test
	void activeTimersCarryNoOutcome() {
		assertThat(labelSets("migrate_run_active_seconds_count")).isNotEmpty()
			.allSatisfy((labels) -> assertThat(labels).containsKeys("command", "mode")
				.doesNotContainKeys("outcome", "error"));
		assertThat(labelSets("migrate_revision_active_seconds_count")).isNotEmpty()
			.allSatisfy((labels) -> assertThat(labels).containsKeys("revision", "direction")
				.doesNotContainKeys("outcome", "error"));
	}

	@Test
	void theDashboardQueriesOnlyMetricsAndLabelsTheApplicationExports() throws IOException {
		List<String> queries = dashboardQueries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
		Pattern metric = Pattern.compile("\\bmigrate_[a-z0-9_]+\\b");
		Set<String> used = new HashSet<>();
		for (String query : queries) {
			Matcher matcher = metric.matcher(query);
			while (matcher.find()) {
				used.add(matcher.group());
				String after = query.substring(matcher.end());
				if (after.startsWith("{")) {
					// Every label a selector names must exist on that metric.
					String selector = after.substring(1, after.indexOf('}'));
					Matcher label = LABEL.matcher(selector.replace("=~\"", "=\""));
					while (label.find()) {
						String name = label.group(1);
						assertThat(labelSets(matcher.group())).as("label %s of %s in %s", name, matcher.group(), query)
							.anySatisfy((labels) -> assertThat(labels).containsKey(name));
					}
				}
			}
		}
		assertThat(used).isNotEmpty();
		Set<String> exported = new HashSet<>();
		scrape.lines().map(SAMPLE::matcher).filter(Matcher::matches).forEach((m) -> exported.add(m.group(1)));
		assertThat(exported).containsAll(used);
	}

	private static List<String> dashboardQueries() throws IOException {
		JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
		List<String> queries = new ArrayList<>();
		collect(dashboard, queries);
		return queries;
	}

	private static void collect(JsonNode node, List<String> queries) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				if ((field.getKey().equals("expr") || field.getKey().equals("query")) && field.getValue().isString()
						&& field.getValue().asString().contains("migrate_")) {
					queries.add(field.getValue().asString());
				}
				else {
					collect(field.getValue(), queries);
				}
			}
		}
		else if (node.isArray()) {
			node.forEach((element) -> collect(element, queries));
		}
	}

	private static List<Map<String, String>> labelSets(String sampleName) {
		List<Map<String, String>> sets = new ArrayList<>();
		scrape.lines().map(SAMPLE::matcher).filter((m) -> m.matches() && m.group(1).equals(sampleName)).forEach((m) -> {
			Map<String, String> labels = new HashMap<>();
			if (m.group(3) != null) {
				Matcher pair = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"").matcher(m.group(3));
				while (pair.find()) {
					labels.put(pair.group(1), pair.group(2));
				}
			}
			sets.add(labels);
		});
		return sets;
	}

}
