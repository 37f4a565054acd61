package dev.migrate.autoconfigure.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A complete application in {@code migrate.mode=apply} on real PostgreSQL: Hibernate
 * validates the schema the migration created, and the endpoint (HTTP and JMX), health and
 * meters report it.
 */
@SpringBootTest(classes = MigrateTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.hibernate.ddl-auto=validate",
				"management.endpoints.web.exposure.include=migrations,health",
				"management.endpoint.health.show-details=always", "spring.jmx.enabled=true",
				"management.endpoints.jmx.exposure.include=migrations" })
@DirtiesContext
class ApplyModeIntegrationTests {

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

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private MeterRegistry meters;

	@Test
	void hibernateStartsWithValidateAfterTheMigrationCreatedItsTables() {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			entityManager.getTransaction().begin();
			entityManager.persist(new AppUser("Ada", "ada@example.com"));
			entityManager.getTransaction().commit();
			assertThat(entityManager.createQuery("select u.name from AppUser u", String.class).getResultList())
				.containsExactly("Ada");
		}
		finally {
			entityManager.close();
		}
	}

	@Test
	void endpointOverHttpShowsTheContractShape() throws Exception {
		HttpResponse<String> response = get("/actuator/migrations");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(response.body());
		assertThat(fieldNames(body)).containsExactlyInAnyOrder("current", "heads", "upToDate", "pending",
				"checksumMismatches", "mode", "lastRun", "applied", "ahead", "failed");
		assertThat(body.get("failed").isArray()).isTrue();
		assertThat(body.get("failed").isEmpty()).isTrue();
		assertThat(body.get("ahead").isArray()).isTrue();
		assertThat(body.get("ahead").isEmpty()).isTrue();
		assertThat(body.get("current").get(0).asString()).isEqualTo("2b3c4d5e6f70");
		assertThat(body.get("heads").get(0).asString()).isEqualTo("2b3c4d5e6f70");
		assertThat(body.get("upToDate").asBoolean()).isTrue();
		assertThat(body.get("pending")).isEmpty();
		assertThat(body.get("checksumMismatches")).isEmpty();
		assertThat(body.get("mode").asString()).isEqualTo("apply");
		JsonNode lastRun = body.get("lastRun");
		assertThat(fieldNames(lastRun)).containsExactlyInAnyOrder("startedAt", "durationMs", "outcome", "applied");
		assertThat(lastRun.get("outcome").asString()).isEqualTo("success");
		assertThat(lastRun.get("applied").toString()).isEqualTo("[\"1a2b3c4d5e6f\",\"2b3c4d5e6f70\"]");
		JsonNode applied = body.get("applied");
		assertThat(applied).hasSize(2);
		assertThat(fieldNames(applied.get(0))).containsExactlyInAnyOrder("revision", "message", "appliedAt",
				"durationMs", "appliedBy", "checksum");
		assertThat(applied.get(0).get("revision").asString()).isEqualTo("1a2b3c4d5e6f");
		assertThat(applied.get(0).get("message").asString()).isEqualTo("create users");
		assertThat(applied.get(0).get("appliedBy").asString()).isEqualTo(database.user());
		assertThat(applied.get(0).get("checksum").asString()).hasSize(64);
	}

	@Test
	void endpointOverJmx() throws Exception {
		MBeanServer server = ManagementFactory.getPlatformMBeanServer();
		Set<ObjectName> names = server
			.queryNames(new ObjectName("org.springframework.boot:type=Endpoint,name=Migrations,*"), null);
		assertThat(names).hasSize(1);
		Object result = server.invoke(names.iterator().next(), "migrations", new Object[0], new String[0]);
		assertThat(result).isInstanceOf(Map.class);
		assertThat(((Map<?, ?>) result).get("upToDate")).isEqualTo(true);
		assertThat(((Map<?, ?>) result).get("current")).isEqualTo(List.of("2b3c4d5e6f70"));
	}

	@Test
	void startupRecordedRevisionAndRunTimersAndGauges() {
		assertThat(this.meters.get("migrate.revision")
			.tag("revision", "1a2b3c4d5e6f")
			.tag("direction", "upgrade")
			.tag("outcome", "success")
			.tag("error", "none")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("migrate.revision").tag("revision", "2b3c4d5e6f70").timer().count()).isEqualTo(1);
		assertThat(this.meters.get("migrate.run")
			.tag("command", "upgrade")
			.tag("mode", "apply")
			.tag("outcome", "success")
			.timer()
			.count()).isEqualTo(1);
		assertThat(this.meters.get("migrate.lock.wait").tag("outcome", "acquired").timer().count()).isOne();
		assertThat(this.meters.get("migrate.revisions.applied").gauge().value()).isEqualTo(2);
	}

	@Test
	void aMigrationRunElsewhereShowsUpWithoutRestart() throws Exception {
		// Another process (a Job, an operator) downgrades one revision behind the
		// application's back.
		Migrate elsewhere = Migrate.create(MigrateConfig.builder().dataSource(database.dataSource()).build());
		elsewhere.downgrade("1a2b3c4d5e6f");
		try {
			JsonNode body = json.readTree(get("/actuator/migrations").body());
			assertThat(body.get("upToDate").asBoolean()).isFalse();
			assertThat(body.get("current").toString()).isEqualTo("[\"1a2b3c4d5e6f\"]");
			JsonNode pending = body.get("pending").get(0);
			assertThat(fieldNames(pending)).containsExactlyInAnyOrder("revision", "message", "revises",
					"transactional");
			assertThat(pending.get("revision").asString()).isEqualTo("2b3c4d5e6f70");
			assertThat(pending.get("message").asString()).isEqualTo("create orders");
			assertThat(pending.get("revises").toString()).isEqualTo("[\"1a2b3c4d5e6f\"]");
			assertThat(pending.get("transactional").asBoolean()).isTrue();
			assertThat(this.meters.get("migrate.revisions.pending").gauge().value()).isEqualTo(1);

			HttpResponse<String> health = get("/actuator/health/migrations");
			assertThat(health.statusCode()).isEqualTo(503);
			JsonNode healthBody = json.readTree(health.body());
			assertThat(healthBody.get("status").asString()).isEqualTo("OUT_OF_SERVICE");
			assertThat(healthBody.get("details").get("pending").asInt()).isEqualTo(1);
		}
		finally {
			elsewhere.upgrade("heads");
		}
		JsonNode health = json.readTree(get("/actuator/health/migrations").body());
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("details").get("current").toString()).isEqualTo("[\"2b3c4d5e6f70\"]");
		assertThat(health.get("details").get("heads").toString()).isEqualTo("[\"2b3c4d5e6f70\"]");
		assertThat(health.get("details").get("pending").asInt()).isZero();
		assertThat(this.meters.get("migrate.revisions.pending").gauge().value()).isZero();
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
