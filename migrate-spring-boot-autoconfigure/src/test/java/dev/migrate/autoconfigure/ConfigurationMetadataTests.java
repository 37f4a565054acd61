package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated configuration metadata that IDEs read: every key of docs/spring-boot.md,
 * each with a description, and defaults where the contract names one.
 */
class ConfigurationMetadataTests {

	@Test
	void describesEveryContractProperty() throws Exception {
		Map<String, JsonNode> properties = new HashMap<>();
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).isNotNull();
			JsonMapper.builder().build().readTree(in).get("properties").forEach((property) -> {
				if (property.get("sourceType").asString().equals(MigrateProperties.class.getName())) {
					properties.put(property.get("name").asString(), property);
				}
			});
		}
		assertThat(properties).containsOnlyKeys("migrate.enabled", "migrate.mode", "migrate.on-pending",
				"migrate.target", "migrate.locations", "migrate.packages", "migrate.schema", "migrate.version-table",
				"migrate.history-table", "migrate.url", "migrate.user", "migrate.password", "migrate.lock-wait-timeout",
				"migrate.lock-timeout", "migrate.statement-timeout", "migrate.transaction-mode",
				"migrate.connect-retries", "migrate.connect-retry-interval", "migrate.connect-timeout",
				"migrate.socket-timeout", "migrate.validate-checksums", "migrate.naming-convention", "migrate.on-ahead",
				"migrate.allow-empty");
		properties.forEach((name,
				property) -> assertThat(property.path("description").asString()).as(name).isNotBlank().endsWith("."));
		assertThat(properties.get("migrate.enabled").get("defaultValue").asBoolean()).isTrue();
		assertThat(properties.get("migrate.mode").get("defaultValue").asString()).isEqualTo("apply");
		assertThat(properties.get("migrate.on-pending").get("defaultValue").asString()).isEqualTo("fail");
		assertThat(properties.get("migrate.target").get("defaultValue").asString()).isEqualTo("heads");
		assertThat(properties.get("migrate.locations").get("defaultValue").get(0).asString())
			.isEqualTo("classpath:db/revisions");
		assertThat(properties.get("migrate.lock-wait-timeout").get("defaultValue").asString()).isEqualTo("60s");
		assertThat(properties.get("migrate.lock-timeout").get("defaultValue").asString()).isEqualTo("10s");
		// Unset by default: the server's statement_timeout for the database or role
		// applies.
		assertThat(properties.get("migrate.statement-timeout").has("defaultValue")).isFalse();
		assertThat(properties.get("migrate.allow-empty").get("defaultValue").asBoolean()).isFalse();
		assertThat(properties.get("migrate.transaction-mode").get("defaultValue").asString()).isEqualTo("per-revision");
		assertThat(properties.get("migrate.connect-retries").get("defaultValue").asInt()).isEqualTo(10);
		assertThat(properties.get("migrate.connect-retry-interval").get("defaultValue").asString()).isEqualTo("1s");
		assertThat(properties.get("migrate.connect-timeout").get("defaultValue").asString()).isEqualTo("10s");
		assertThat(properties.get("migrate.socket-timeout").get("defaultValue").asString()).isEqualTo("60s");
		assertThat(properties.get("migrate.validate-checksums").get("defaultValue").asBoolean()).isTrue();
		assertThat(properties.get("migrate.on-ahead").get("defaultValue").asString()).isEqualTo("warn");
	}

}
