package dev.migrate.autoconfigure.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrateCommandLineTests {

	@Test
	void ignoresApplicationsStartedNormally() {
		assertThat(MigrateCommandLine.parse(new String[0])).isNull();
		assertThat(MigrateCommandLine.parse(new String[] { "--server.port=8080" })).isNull();
		assertThat(MigrateCommandLine.parse(new String[] { "upgrade", "migrate" })).isNull();
		assertThat(MigrateCommandLine.parse(new String[] { "--server.port=8080", "serve", "migrate" })).isNull();
	}

	@Test
	void springOptionsMayComeBeforeTheMarker() {
		MigrateCommandLine line = MigrateCommandLine
			.parse(new String[] { "--spring.profiles.active=prod", "--debug", "migrate", "current", "-v" });
		assertThat(line).isNotNull();
		assertThat(line.springArguments()).containsExactly("--spring.profiles.active=prod", "--debug");
		assertThat(line.cliArguments()).containsExactly("current", "-v");
	}

	@Test
	void splitsSpringPropertiesEngineAndCliArguments() {
		MigrateCommandLine line = MigrateCommandLine
			.parse(new String[] { "migrate", "--spring.profiles.active=prod", "--lock-timeout", "2s", "--engine",
					"billing", "--url=jdbc:postgresql://db.example.com/app", "upgrade", "head", "--sql" });
		assertThat(line.springArguments()).containsExactly("--spring.profiles.active=prod");
		assertThat(line.engine()).isEqualTo("billing");
		assertThat(line.cliArguments()).containsExactly("--lock-timeout", "2s",
				"--url=jdbc:postgresql://db.example.com/app", "upgrade", "head", "--sql");
	}

	@Test
	void acceptsTheEngineWithEquals() {
		MigrateCommandLine line = MigrateCommandLine.parse(new String[] { "migrate", "--engine=orders", "current" });
		assertThat(line.engine()).isEqualTo("orders");
		assertThat(line.cliArguments()).containsExactly("current");
	}

}
