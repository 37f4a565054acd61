package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@link Operations#createSequence(String, java.util.function.Consumer)};
 * anything not set is left to the database's defaults.
 */
public final class SequenceBuilder {

	private @Nullable ColumnType dataType;

	private @Nullable Long start;

	private @Nullable Long increment;

	private @Nullable Long minValue;

	private @Nullable Long maxValue;

	private @Nullable Long cache;

	private boolean cycle;

	private boolean ifNotExists;

	SequenceBuilder() {
	}

	/** {@code AS smallint | integer | bigint}. */
	public SequenceBuilder as(ColumnType type) {
		this.dataType = type;
		return this;
	}

	public SequenceBuilder startWith(long value) {
		this.start = value;
		return this;
	}

	public SequenceBuilder incrementBy(long value) {
		this.increment = value;
		return this;
	}

	public SequenceBuilder minValue(long value) {
		this.minValue = value;
		return this;
	}

	public SequenceBuilder maxValue(long value) {
		this.maxValue = value;
		return this;
	}

	public SequenceBuilder cache(long value) {
		this.cache = value;
		return this;
	}

	public SequenceBuilder cycle() {
		this.cycle = true;
		return this;
	}

	public SequenceBuilder ifNotExists() {
		this.ifNotExists = true;
		return this;
	}

	CreateSequence build(ObjectName sequence) {
		return new CreateSequence(sequence, dataType, start, increment, minValue, maxValue, cache, cycle, ifNotExists);
	}

}
