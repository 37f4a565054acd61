package dev.migrate.autoconfigure.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.cli.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class MigrateCommandRunnerTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void onlyTheChosenEngineIsCreated(@TempDir Path revisions) throws Exception {
		Files.writeString(revisions.resolve("a1_accounts.sql"), """
				-- revision: a1
				-- revises:
				-- migrate:upgrade
				CREATE TABLE accounts (id bigint PRIMARY KEY);
				-- migrate:downgrade
				DROP TABLE accounts;
				""");
		AtomicInteger created = new AtomicInteger();
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerBeanDefinition("orders", new RootBeanDefinition(Migrate.class, () -> {
			created.incrementAndGet();
			return Migrate.create(MigrateConfig.builder()
				.url("jdbc:postgresql://localhost/orders")
				.locations("filesystem:" + revisions)
				.build());
		}));
		beans.registerBeanDefinition("billing", new RootBeanDefinition(Migrate.class, () -> {
			throw new IllegalStateException("an engine that was not chosen must not be created");
		}));

		assertThat(run(beans, "migrate", "--engine", "orders", "upgrade", "--sql", "base:a1")).as("%s", this.err)
			.isEqualTo(ExitCode.OK);
		assertThat(created).hasValue(1);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("CREATE TABLE accounts");

		assertThat(run(beans, "migrate", "heads")).isEqualTo(ExitCode.USAGE);
		assertThat(err()).contains("several engines [orders, billing]; choose one with --engine NAME");
		assertThat(run(beans, "migrate", "--engine", "shipping", "heads")).isEqualTo(ExitCode.USAGE);
		assertThat(err()).contains("no engine named 'shipping'; engines: [orders, billing]");
		assertThat(created).hasValue(1);
	}

	@Test
	void theApplicationsPasswordsAreMaskedInWhatTheCommandPrints(@TempDir Path revisions) throws Exception {
		// Whatever quotes them (here a revision's SQL, as a driver's message could): the
		// literal values of the application's password settings never reach the output.
		Files.writeString(revisions.resolve("a1_accounts.sql"), """
				-- revision: a1
				-- revises:
				-- migrate:upgrade
				CREATE ROLE reporting PASSWORD 'Sx7/?@Qz9';
				ALTER ROLE reporting PASSWORD 'Dz4 #:Kw2';
				ALTER ROLE reporting PASSWORD 'Hq5 &@Wm3';
				ALTER ROLE reporting PASSWORD 'Lk8/@#Vb6';
				-- migrate:downgrade
				DROP ROLE reporting;
				""");
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("application",
					Map.of("spring.datasource.password", "Sx7/?@Qz9", "migrate.password", "Dz4 #:Kw2",
							// Passwords pasted into the urls, unencoded, instead.
							"spring.datasource.url", "jdbc:postgresql://localhost:5432/orders?password=Hq5 &@Wm3",
							"migrate.url", "jdbc:postgresql://app:Lk8/@#Vb6@localhost/orders")));
		beans.registerSingleton("environment", environment);
		beans.registerBeanDefinition("orders",
				new RootBeanDefinition(Migrate.class,
						() -> Migrate.create(MigrateConfig.builder()
							.url("jdbc:postgresql://localhost/orders")
							.locations("filesystem:" + revisions)
							.build())));

		assertThat(run(beans, "migrate", "upgrade", "--sql", "base:a1")).as("%s", this.err).isEqualTo(ExitCode.OK);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("CREATE ROLE reporting PASSWORD '****'")
			.contains("ALTER ROLE reporting PASSWORD '****'")
			.doesNotContain("Hq5")
			.doesNotContain("Wm3")
			.doesNotContain("Lk8")
			.doesNotContain("Vb6");
	}

	@Test
	void anApplicationWithoutEngineSaysWhy() {
		assertThat(run(new DefaultListableBeanFactory(), "migrate", "heads")).isEqualTo(ExitCode.FAILURE);
		assertThat(err()).contains("this application has no migrate engine");
	}

	private int run(DefaultListableBeanFactory beans, String... args) {
		return new MigrateCommandRunner(beans).run(MigrateCommandLine.parse(args),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
