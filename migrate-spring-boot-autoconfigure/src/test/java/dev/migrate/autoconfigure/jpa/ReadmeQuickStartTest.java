package dev.migrate.autoconfigure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.result.DriftCheckResult;
import dev.migrate.result.LintReport;
import dev.migrate.result.Severity;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start as a user follows it (issue 15): its entity (compiled from the
 * README's own text) and its first revision (the README's SQL block) agree, so
 * {@code check} finds no drift after {@code upgrade}, and the revision lints with no
 * error and no warning.
 */
@PostgresTest
class ReadmeQuickStartTest {

	@TempDir
	Path work;

	@Test
	void theQuickStartRevisionMatchesTheQuickStartEntity(TestDatabase database) throws Exception {
		String readme = Files.readString(repositoryRoot().resolve("README.md"));
		String quickStart = readme.substring(readme.indexOf("## Quick start"), readme.indexOf("## Features"));
		String entity = block(quickStart, "java");
		String revision = block(quickStart, "sql");

		Path sources = work.resolve("src/readme");
		Files.createDirectories(sources);
		Path entityFile = Files.writeString(sources.resolve("User.java"),
				"package readme;\n\nimport jakarta.persistence.*;\n\n" + entity);
		Path classes = work.resolve("classes");
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		StringWriter diagnostics = new StringWriter();
		boolean compiled = compiler
			.getTask(diagnostics, null, null,
					List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")), null,
					compiler.getStandardFileManager(null, null, null).getJavaFileObjects(entityFile))
			.call();
		assertThat(compiled).as(diagnostics.toString()).isTrue();

		Path revisions = work.resolve("revisions");
		Files.createDirectories(revisions);
		Files.writeString(revisions.resolve("1f2e3d4c5b6a_create_users.sql"), revision);
		Migrate engine = Migrate.create(MigrateConfig.builder()
			.url(database.jdbcUrl())
			.user(database.user())
			.password(database.password())
			.locations("filesystem:" + revisions)
			.build());

		LintReport lint = engine.lint("base:heads", Map.of());
		assertThat(lint.count(Severity.ERROR) + lint.count(Severity.WARNING)).as(lint.toText()).isZero();
		engine.upgrade();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			DriftCheckResult check = engine
				.check(new JpaSchemaModelSource(List.of("readme.User"), Map.copyOf(ShopModel.SPRING_NAMING), loader));
			assertThat(check.passed()).as(check.drift().toText()).isTrue();
		}
	}

	// The first fenced block of a language; README indents it as part of a list item.
	private static String block(String markdown, String language) {
		Matcher block = Pattern.compile("(?s)\n( *)```" + language + "\n(.*?)\n *```").matcher(markdown);
		assertThat(block.find()).as("a ```%s block in the quick start", language).isTrue();
		String indent = block.group(1);
		return block.group(2)
			.lines()
			.map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
			.reduce("", (text, line) -> text + line + "\n");
	}

	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isRegularFile(dir.resolve("README.md"))) {
			dir = dir.getParent();
		}
		assertThat(dir).as("README.md above the working directory").isNotNull();
		return dir;
	}

}
