package dev.migrate.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationSettingsTest {

	@TempDir
	Path project;

	private File resources() throws Exception {
		return Files.createDirectories(project.resolve("src/main/resources")).toFile();
	}

	private void write(String name, String text) throws Exception {
		Files.writeString(resources().toPath().resolve(name), text);
	}

	private ApplicationSettings read(List<String> profiles, Map<String, String> environment) throws Exception {
		return ApplicationSettings.read(project.toFile(), List.of(resources()), profiles, environment);
	}

	@Test
	void profileDocumentsAndProfileFilesOverrideThePlainSettings() throws Exception {
		write("application.yml", """
				spring:
				  datasource:
				    url: jdbc:postgresql://default/app
				    username: app
				  jpa:
				    hibernate:
				      naming:
				        physical-strategy: com.example.Naming
				migrate:
				  lock-timeout: 5s
				  packages:
				    - com.example.a
				    - com.example.b
				server:
				  port: 8081
				---
				spring:
				  config:
				    activate:
				      on-profile: ci
				  datasource:
				    url: jdbc:postgresql://ci/app
				""");
		write("application-ci.properties", "migrate.lock-timeout=2s\n");

		ApplicationSettings plain = read(List.of(), Map.of());
		assertThat(plain.values()).containsEntry("spring.datasource.url", "jdbc:postgresql://default/app")
			.containsEntry("migrate.lock-timeout", "5s")
			.containsEntry("migrate.packages", "com.example.a,com.example.b")
			.containsEntry("spring.jpa.hibernate.naming.physical-strategy", "com.example.Naming")
			.doesNotContainKey("server.port");
		assertThat(plain.origin()).isEqualTo("src/main/resources/application.yml");

		ApplicationSettings ci = read(List.of("ci"), Map.of());
		assertThat(ci.values()).containsEntry("spring.datasource.url", "jdbc:postgresql://ci/app")
			.containsEntry("spring.datasource.username", "app")
			.containsEntry("migrate.lock-timeout", "2s");
		assertThat(ci.origin()).contains("application.yml", "application-ci.properties", "(profiles ci)");
	}

	@Test
	void activeProfilesComeFromTheFilesWhenNoneAreGivenAndPropertiesBeatYaml() throws Exception {
		write("application.properties", "spring.profiles.active=local\nmigrate.schema=from_properties\n");
		write("application.yml", "migrate:\n  schema: from_yaml\n  history-table: yaml_history\n");
		write("application-local.yml", "spring.datasource.url: jdbc:postgresql://local/app\n");
		ApplicationSettings settings = read(List.of(), Map.of());
		assertThat(settings.values()).containsEntry("migrate.schema", "from_properties")
			.containsEntry("migrate.history-table", "yaml_history")
			.containsEntry("spring.datasource.url", "jdbc:postgresql://local/app");
	}

	@Test
	void placeholdersResolveFromSettingsThenEnvironmentThenDefault() throws Exception {
		write("application.properties", """
				db.host=dbhost
				spring.datasource.url=jdbc:postgresql://${db.host}:${DB_PORT:5432}/app
				spring.datasource.password=${DB_PASSWORD}
				spring.datasource.username=${spring.datasource.user-name:app}
				""");
		ApplicationSettings settings = read(List.of(), Map.of("DB_PASSWORD", "secret"));
		assertThat(settings.values()).containsEntry("spring.datasource.url", "jdbc:postgresql://dbhost:5432/app")
			.containsEntry("spring.datasource.password", "secret")
			.containsEntry("spring.datasource.username", "app");
	}

	@Test
	void classpathLocationsPointAtTheResourceDirectories() throws Exception {
		File resources = resources();
		Files.createDirectories(resources.toPath().resolve("db/revisions"));
		String revisions = "filesystem:" + new File(resources, "db/revisions").getAbsolutePath();
		assertThat(read(List.of(), Map.of()).values()).containsEntry("migrate.locations", revisions);
		assertThat(ApplicationSettings.projectLocations(List.of("classpath:db/revisions", "classpath:shared/revisions"),
				List.of(resources)))
			.isEqualTo(revisions + ",classpath:shared/revisions");
		assertThat(ApplicationSettings.projectLocations(List.of("classpath:db/new"), List.of(resources)))
			.isEqualTo("filesystem:" + new File(resources, "db/new").getAbsolutePath());
		assertThat(ApplicationSettings.projectLocations(List.of("filesystem:/srv/revisions"), List.of(resources)))
			.isEqualTo("filesystem:/srv/revisions");
	}

	@Test
	void aBrokenFileIsNamed() throws Exception {
		write("application.yml", "spring:\n  datasource: [unclosed\n");
		assertThatThrownBy(() -> read(List.of(), Map.of())).isInstanceOf(MojoExecutionException.class)
			.hasMessageContaining("application.yml")
			.hasMessageContaining("migrate.read-application-settings=false");
	}

}
