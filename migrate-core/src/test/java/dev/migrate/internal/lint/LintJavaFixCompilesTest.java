package dev.migrate.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.result.LintFinding;
import dev.migrate.result.LintReport;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint's fix texts show Java revision code (issue 15): every snippet a fix marks as Java
 * ({@code Java: `...`}) compiles against migrate-core, an annotation on a
 * {@code Migration} class and anything else as the body of its {@code upgrade}, and no
 * fix mentions Java without such a snippet (prose that looks like code but is not).
 */
class LintJavaFixCompilesTest {

	private static final Pattern SNIPPET = Pattern.compile("`([^`]+)`");

	@TempDir
	Path classes;

	@Test
	void everyJavaSnippetOfEveryFixCompiles() {
		Map<String, String> fixes = fixesByRule();
		assertThat(fixes).containsKeys("create-index-non-concurrently", "concurrently-in-transaction",
				"require-concurrent-reindex", "revision-without-message");
		List<JavaFileObject> sources = new ArrayList<>();
		fixes.forEach((rule, fix) -> {
			if (!fix.contains("Java")) {
				return;
			}
			Matcher snippet = SNIPPET.matcher(fix.substring(fix.indexOf("Java")));
			assertThat(snippet.find()).as("%s mentions Java without a `snippet`: %s", rule, fix).isTrue();
			do {
				sources.add(source("Fix" + sources.size(), snippet.group(1)));
			}
			while (snippet.find());
		});
		assertThat(sources).hasSizeGreaterThanOrEqualTo(5);

		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		StringWriter diagnostics = new StringWriter();
		boolean compiled = compiler.getTask(diagnostics, null, null,
				List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")), null, sources)
			.call();
		assertThat(compiled).as(diagnostics.toString()).isTrue();
	}

	/**
	 * The fix of each rule the fixture revisions trigger: an index built, reindexed and
	 * built concurrently inside a transaction on an existing table, and a revision
	 * without a message.
	 */
	private static Map<String, String> fixesByRule() {
		LintReport report = Linter.withDefaults()
			.lint(List.of(
					LintFixtures.revision("aaaa0001", "create users", true,
							"CREATE TABLE users (id bigint PRIMARY KEY, email text);"),
					LintFixtures.revision("aaaa0002", "", true,
							"CREATE INDEX ix_users_email ON users (email);\n"
									+ "CREATE UNIQUE INDEX CONCURRENTLY ux_users_email ON users (email);\n"
									+ "REINDEX TABLE users;")));
		Map<String, String> fixes = new LinkedHashMap<>();
		for (LintFinding finding : report.findings()) {
			fixes.putIfAbsent(finding.ruleId(), finding.fix());
		}
		return fixes;
	}

	private static JavaFileObject source(String className, String snippet) {
		String code = snippet.strip();
		String body = code.startsWith("@")
				? code + "\npublic final class " + className + " implements Migration {\n"
						+ "    public void upgrade(Operations op) {\n    }\n}\n"
				: "public final class " + className + " implements Migration {\n"
						+ "    public void upgrade(Operations op) {\n        " + code + (code.endsWith(";") ? "" : ";")
						+ "\n    }\n}\n";
		String text = "package fixes;\n\nimport dev.migrate.*;\nimport dev.migrate.ops.*;\n\n" + body;
		return new SimpleJavaFileObject(URI.create("string:///fixes/" + className + ".java"),
				JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return text;
			}
		};
	}

}
