package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

/**
 * Options of
 * {@link Operations#addEnumValue(String, String, java.util.function.Consumer)}: where the
 * new label sorts, and whether an existing label is an error.
 */
public final class EnumValueBuilder {

	private @Nullable String before;

	private @Nullable String after;

	private boolean ifNotExists;

	EnumValueBuilder() {
	}

	public EnumValueBuilder before(String label) {
		this.before = label;
		return this;
	}

	public EnumValueBuilder after(String label) {
		this.after = label;
		return this;
	}

	public EnumValueBuilder ifNotExists() {
		this.ifNotExists = true;
		return this;
	}

	AddEnumValue build(ObjectName type, String value) {
		return new AddEnumValue(type, value, before, after, ifNotExists);
	}

}
