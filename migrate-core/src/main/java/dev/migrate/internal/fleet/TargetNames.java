package dev.migrate.internal.fleet;

import java.util.ArrayList;
import java.util.List;

/** How targets are named and labelled when their source does not say. */
final class TargetNames {

	private TargetNames() {
	}

	/**
	 * The schema for schema-per-tenant; the database name (with the schema, if any) for a
	 * target with a url.
	 */
	static String defaultName(String url, String schema) {
		if (url == null) {
			return schema;
		}
		String path = url.replaceFirst("^jdbc:[a-z]+://[^/]*/?", "");
		int query = path.indexOf('?');
		String database = query < 0 ? path : path.substring(0, query);
		String hostPart = url.replaceFirst("^jdbc:[a-z]+://([^/]*).*$", "$1").replaceFirst("^.*@", "");
		String base = database.isEmpty() ? hostPart : hostPart + "/" + database;
		return schema == null ? base : base + "/" + schema;
	}

	static List<String> labels(String commaSeparated) {
		List<String> labels = new ArrayList<>();
		if (commaSeparated == null) {
			return labels;
		}
		for (String label : commaSeparated.split(",")) {
			if (!label.isBlank()) {
				labels.add(label.strip());
			}
		}
		return labels;
	}

}
