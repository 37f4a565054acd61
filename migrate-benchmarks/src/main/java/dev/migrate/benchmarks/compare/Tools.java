package dev.migrate.benchmarks.compare;

import java.util.List;

/** The tools compared, by name. */
public final class Tools {

	private Tools() {
	}

	public static List<Tool> all() {
		return List.of(new RawJdbcTool(), new MigrateTool(), new FlywayTool(), new LiquibaseTool());
	}

	public static Tool named(String name) {
		return all().stream()
			.filter(t -> t.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown tool " + name));
	}

}
