package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A complete application in {@code migrate.mode=verify} with
 * {@code migrate.on-pending=warn}: it starts without touching the schema, its readiness
 * group (which includes {@code migrations}) keeps traffic away while revisions are
 * pending, liveness stays UP, and once a migration job has run elsewhere readiness turns
 * UP without a restart.
 */
@SpringBootTest(classes = MigrateTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "migrate.mode=verify", "migrate.on-pending=warn",
				"management.endpoint.health.probes.enabled=true",
				"management.endpoint.health.group.readiness.include=readinessState,migrations",
				"management.endpoint.health.show-details=always", "management.endpoints.web.exposure.include=health" })
@DirtiesContext
class VerifyWarnApplicationTests {

	private static final TestDatabase database = TestDatabase.create();

	private static final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::user);
		registry.add("spring.datasource.password", database::password);
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@LocalServerPort
	private int port;

	@Test
	void readinessWaitsForTheMigrationJobAndLivenessDoesNot() throws Exception {
		assertThat(tableExists("users")).isFalse();
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(json.readTree(readiness.body()).get("status").asString()).isEqualTo("OUT_OF_SERVICE");
		JsonNode migrations = json.readTree(get("/actuator/health/migrations").body());
		assertThat(migrations.get("status").asString()).isEqualTo("OUT_OF_SERVICE");
		assertThat(migrations.get("details").get("pending").asInt()).isEqualTo(2);
		assertThat(migrations.get("details").get("current")).isEmpty();
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

		// The migration job, run from elsewhere.
		Migrate.create(MigrateConfig.builder().dataSource(database.dataSource()).build()).upgrade("heads");

		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		JsonNode upToDate = json.readTree(get("/actuator/health/migrations").body());
		assertThat(upToDate.get("status").asString()).isEqualTo("UP");
		assertThat(upToDate.get("details").get("current").toString()).isEqualTo("[\"2b3c4d5e6f70\"]");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static boolean tableExists(String table) throws SQLException {
		try (Connection connection = database.connect();
				ResultSet tables = connection.getMetaData().getTables(null, "public", table, null)) {
			return tables.next();
		}
	}

}
