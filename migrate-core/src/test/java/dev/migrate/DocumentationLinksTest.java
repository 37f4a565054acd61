package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in README.md and docs/*.md points at a file that exists, and every
 * {@code #anchor} at a heading of that file (GitHub's anchor rules). Docs are read by
 * newcomers first; a dead link there is a bug like any other.
 */
class DocumentationLinksTest {

	private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

	@Test
	void everyRelativeLinkAndAnchorResolves() throws IOException {
		Path root = repositoryRoot();
		List<Path> documents = new ArrayList<>();
		documents.add(root.resolve("README.md"));
		try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
		}
		List<String> broken = new ArrayList<>();
		int checked = 0;
		for (Path document : documents) {
			for (String link : links(document)) {
				checked++;
				String problem = problem(document, link);
				if (problem != null) {
					broken.add(root.relativize(document) + ": (" + link + ") " + problem);
				}
			}
		}
		assertThat(checked).as("relative links found").isGreaterThan(20);
		assertThat(broken).as("broken links; fix the link or the heading it points at").isEmpty();
	}

	@Test
	void anchorsFollowGitHubRules() {
		assertThat(anchors(
				List.of("# Heads and the version table", "## `label@head-N` / `base+N`", "## Order", "## Order")))
			.contains("heads-and-the-version-table", "labelhead-n--basen", "order", "order-1");
	}

	@Test
	void aMissingFileAndAMissingAnchorAreReported() throws IOException {
		Path docs = repositoryRoot().resolve("docs");
		assertThat(problem(docs.resolve("concepts.md"), "sql-revisions.md")).contains("no such file");
		assertThat(problem(docs.resolve("concepts.md"), "revision-files.md#no-such-heading")).contains("no heading");
		assertThat(problem(docs.resolve("concepts.md"), "revision-files.md#java-revisions")).isNull();
	}

	private static String problem(Path document, String link) {
		int hash = link.indexOf('#');
		String file = (hash >= 0) ? link.substring(0, hash) : link;
		String anchor = (hash >= 0) ? link.substring(hash + 1) : null;
		Path target = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
		if (!Files.exists(target)) {
			return "no such file " + target.getFileName();
		}
		if (anchor == null) {
			return null;
		}
		if (!target.toString().endsWith(".md")) {
			return "anchor into a file that is not Markdown";
		}
		return anchors(lines(target)).contains(anchor) ? null : "no heading with anchor #" + anchor;
	}

	/** Relative links outside fenced code blocks and inline code. */
	private static List<String> links(Path document) {
		List<String> links = new ArrayList<>();
		boolean fenced = false;
		for (String line : lines(document)) {
			if (line.stripLeading().startsWith("```")) {
				fenced = !fenced;
				continue;
			}
			if (fenced) {
				continue;
			}
			Matcher matcher = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
			while (matcher.find()) {
				String target = matcher.group(1);
				if (!target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
					links.add(target);
				}
			}
		}
		return links;
	}

	/**
	 * GitHub's anchors: lower case, punctuation other than '-' and '_' dropped, spaces to
	 * '-', and '-1', '-2', ... appended to repeated ones.
	 */
	static Set<String> anchors(List<String> lines) {
		Set<String> anchors = new HashSet<>();
		Map<String, Integer> seen = new HashMap<>();
		boolean fenced = false;
		for (String line : lines) {
			if (line.stripLeading().startsWith("```")) {
				fenced = !fenced;
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (fenced || !heading.matches()) {
				continue;
			}
			String text = heading.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
			String anchor = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
			int count = seen.merge(anchor, 1, Integer::sum);
			anchors.add((count == 1) ? anchor : anchor + "-" + (count - 1));
		}
		return anchors;
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null
				&& !(Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs")))) {
			dir = dir.getParent();
		}
		assertThat(dir).as("repository root (README.md and docs/) above the working directory").isNotNull();
		return dir;
	}

}
