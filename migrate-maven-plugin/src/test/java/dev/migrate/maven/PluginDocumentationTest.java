package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * docs/maven-plugin.md against the plugin descriptor the build generated: every goal has
 * a section, every parameter a row with its user property (common parameters in the
 * common table), and the page names no goal or parameter the plugin does not have.
 */
class PluginDocumentationTest {

	private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| `([\\w.-]+)` \\|", Pattern.MULTILINE);

	@Test
	void everyGoalAndParameterIsDocumentedWithItsProperty() throws Exception {
		Map<String, Map<String, String>> goals = descriptor();
		String page = Files.readString(Path.of("..", "docs", "maven-plugin.md"));
		Map<String, String> sections = sections(page);

		Set<String> common = null;
		for (Map<String, String> parameters : goals.values()) {
			if (common == null) {
				common = new LinkedHashSet<>(parameters.keySet());
			}
			else {
				common.retainAll(parameters.keySet());
			}
		}
		Map<String, String> commonRows = rows(sections.get("Common parameters"));
		Map<String, String> expectedCommon = new LinkedHashMap<>();
		for (String name : common) {
			expectedCommon.put(name, goals.values().iterator().next().get(name));
		}
		assertThat(commonRows).isEqualTo(expectedCommon);

		Set<String> documentedGoals = new LinkedHashSet<>();
		for (String heading : sections.keySet()) {
			if (heading.startsWith("`migrate:")) {
				documentedGoals.add(heading.substring("`migrate:".length(), heading.length() - 1));
			}
		}
		assertThat(documentedGoals).containsExactlyInAnyOrderElementsOf(goals.keySet());
		for (Map.Entry<String, Map<String, String>> goal : goals.entrySet()) {
			Map<String, String> own = new LinkedHashMap<>(goal.getValue());
			own.keySet().removeAll(common);
			assertThat(rows(sections.get("`migrate:" + goal.getKey() + "`")))
				.as("parameters of migrate:%s", goal.getKey())
				.isEqualTo(own);
		}
	}

	/** Goal -> parameter -> user property, for the parameters a user can set. */
	private static Map<String, Map<String, String>> descriptor() throws Exception {
		Path file = Path.of("target", "classes", "META-INF", "maven", "plugin.xml");
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
		Map<String, Map<String, String>> goals = new LinkedHashMap<>();
		NodeList mojos = document.getElementsByTagName("mojo");
		for (int i = 0; i < mojos.getLength(); i++) {
			Element mojo = (Element) mojos.item(i);
			Map<String, String> parameters = new LinkedHashMap<>();
			Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
			NodeList declared = ((Element) mojo.getElementsByTagName("parameters").item(0))
				.getElementsByTagName("parameter");
			for (int j = 0; j < declared.getLength(); j++) {
				Element parameter = (Element) declared.item(j);
				String name = text(parameter, "name");
				if (!"true".equals(text(parameter, "editable"))) {
					continue;
				}
				NodeList values = configuration.getElementsByTagName(name);
				String expression = (values.getLength() == 0) ? "" : values.item(0).getTextContent();
				parameters.put(name, expression.replaceAll("^\\$\\{(.*)}$", "$1"));
			}
			goals.put(text(mojo, "goal"), parameters);
		}
		return goals;
	}

	private static String text(Element element, String child) {
		NodeList nodes = element.getElementsByTagName(child);
		return (nodes.getLength() == 0) ? null : nodes.item(0).getTextContent().trim();
	}

	/** The page's sections by their {@code ###} heading. */
	private static Map<String, String> sections(String page) {
		Map<String, String> sections = new LinkedHashMap<>();
		List<String> parts = new ArrayList<>(List.of(page.split("(?m)^### ")));
		parts.remove(0);
		for (String part : parts) {
			int end = part.indexOf('\n');
			String body = part.substring(end + 1);
			int next = body.indexOf("\n## ");
			sections.put(part.substring(0, end).trim(), (next < 0) ? body : body.substring(0, next));
		}
		return sections;
	}

	private static Map<String, String> rows(String section) {
		Map<String, String> rows = new LinkedHashMap<>();
		Matcher matcher = ROW.matcher(section);
		while (matcher.find()) {
			rows.put(matcher.group(1), matcher.group(2));
		}
		return rows;
	}

}
