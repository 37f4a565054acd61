package dev.migrate.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One section of a SQL revision file held in memory, split into statements the first time
 * they are asked for. An application start that finds every revision applied never splits
 * a single file; a command that is about to run revisions splits all of them first (see
 * {@link SqlMigration#splitStatements}), so a script error is still reported before
 * anything runs.
 *
 * <p>
 * The {@code -- migrate:autocommit} and {@code -- migrate:end-autocommit} lines cut the
 * section into parts, each split on its own: a statement cannot run across a marker, and
 * a string or dollar quote left open at one is reported there.
 */
final class TextSection implements SqlSection {

	private final String text;

	private final String file;

	private final int firstLine;

	private final List<Part> parts;

	private volatile @Nullable List<List<SqlStatement>> statements;

	/**
	 * @param text the section as written
	 * @param parts the section cut at its autocommit markers, in order (one part when it
	 * has none)
	 */
	TextSection(String text, String file, int firstLine, List<Part> parts) {
		this.text = Objects.requireNonNull(text, "text");
		this.file = Objects.requireNonNull(file, "file");
		this.firstLine = firstLine;
		this.parts = List.copyOf(parts);
	}

	@Override
	public String text() {
		return text;
	}

	@Override
	public int firstLine() {
		return firstLine;
	}

	@Override
	public boolean hasAutocommitBlock() {
		return parts.stream().anyMatch(Part::autocommit);
	}

	/**
	 * @throws SqlScriptException when the section cannot be split (every time it is
	 * asked)
	 */
	@Override
	public List<SqlStatement> statements() {
		return split().stream().flatMap(List::stream).toList();
	}

	@Override
	public void forEachStatement(Consumer<SqlStatement> sink) {
		for (List<SqlStatement> part : split()) {
			part.forEach(sink);
		}
	}

	@Override
	public void check() {
		split();
	}

	/**
	 * The statements of each part, in order, with whether the part is an autocommit
	 * block.
	 */
	void forEachPart(PartConsumer consumer) {
		List<List<SqlStatement>> split = split();
		for (int i = 0; i < parts.size(); i++) {
			consumer.accept(parts.get(i).autocommit(), split.get(i));
		}
	}

	private List<List<SqlStatement>> split() {
		List<List<SqlStatement>> split = statements;
		if (split == null) {
			// Splitting twice on a race gives the same lists; no lock needed.
			split = new ArrayList<>();
			for (Part part : parts) {
				split.add(SqlStatementSplitter.split(part.text(), file, part.firstLine()));
			}
			split = List.copyOf(split);
			statements = split;
		}
		return split;
	}

}
