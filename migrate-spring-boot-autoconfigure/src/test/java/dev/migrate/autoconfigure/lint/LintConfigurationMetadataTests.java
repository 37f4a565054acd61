package dev.migrate.autoconfigure.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generated metadata describes every {@code migrate.lint.*} key, with defaults. */
class LintConfigurationMetadataTests {

	@Test
	void describesEveryLintProperty() throws Exception {
		Map<String, JsonNode> properties = new HashMap<>();
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).isNotNull();
			JsonMapper.builder().build().readTree(in).get("properties").forEach((property) -> {
				if (property.get("sourceType").asString().equals(MigrateLintProperties.class.getName())) {
					properties.put(property.get("name").asString(), property);
				}
			});
		}
		assertThat(properties).containsOnlyKeys("migrate.lint.enabled", "migrate.lint.fail-on-error",
				"migrate.lint.rules");
		properties.forEach((name,
				property) -> assertThat(property.path("description").asString()).as(name).isNotBlank().endsWith("."));
		assertThat(properties.get("migrate.lint.enabled").get("defaultValue").asBoolean()).isTrue();
		assertThat(properties.get("migrate.lint.fail-on-error").get("defaultValue").asBoolean()).isFalse();
	}

}
