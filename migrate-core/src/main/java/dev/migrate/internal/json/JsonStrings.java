package dev.migrate.internal.json;

/** JSON string literals, for the hand-written JSON of lint and fleet reports. */
public final class JsonStrings {

	private JsonStrings() {
	}

	/**
	 * Appends {@code value} as a JSON string ({@code null} for null), escaping per RFC
	 * 8259.
	 */
	public static void append(StringBuilder out, String value) {
		if (value == null) {
			out.append("null");
			return;
		}
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
