package dev.migrate.internal.source;

import dev.migrate.Direction;
import dev.migrate.IrreversibleMigrationException;
import dev.migrate.Migration;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operations;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The {@link Migration} of a SQL revision file: runs the statements of the chosen section
 * one by one, each as an {@link ExecuteSql} carrying its file and line. Sections are
 * split into statements when first needed, not when the file is loaded.
 */
public final class SqlMigration implements Migration {

	private final String source;

	private final SqlSection upgrade;

	private final SqlSection downgrade;

	private final boolean transactional;

	/**
	 * @param source the file, for messages
	 * @param upgrade the upgrade section
	 * @param downgrade the downgrade section, or {@code null} when the file has none (the
	 * revision is irreversible); an empty section is an explicit no-op
	 * @param transactional the file's {@code transactional} header
	 */
	SqlMigration(String source, SqlSection upgrade, SqlSection downgrade, boolean transactional) {
		this.source = Objects.requireNonNull(source, "source");
		this.upgrade = Objects.requireNonNull(upgrade, "upgrade");
		this.downgrade = downgrade;
		this.transactional = transactional;
	}

	/**
	 * Splits both sections now (each only once), so that a script error
	 * ({@link SqlScriptException}, naming file and line) surfaces before a command runs
	 * anything rather than halfway through a plan.
	 */
	public void splitStatements() {
		upgrade.check();
		if (downgrade != null) {
			downgrade.check();
		}
	}

	@Override
	public void upgrade(Operations op) {
		run(upgrade, op);
	}

	@Override
	public void downgrade(Operations op) {
		if (downgrade == null) {
			throw new IrreversibleMigrationException(source + " has no '-- migrate:downgrade' section, so it cannot"
					+ " be downgraded; add the section (an empty one is a no-op) to make it reversible");
		}
		run(downgrade, op);
	}

	/**
	 * Hands the statements of one direction to {@code sink} in order, without holding
	 * them all when the file is large (see {@link FileSection}); none for a missing
	 * downgrade section. Statements of an autocommit block come in line with the rest,
	 * without the block's boundaries: callers that must keep those check
	 * {@link #hasAutocommitBlock} first.
	 */
	public void forEachStatement(Direction direction, Consumer<SqlStatement> sink) {
		SqlSection section = direction == Direction.UPGRADE ? upgrade : downgrade;
		if (section != null) {
			section.forEachStatement(sink);
		}
	}

	/**
	 * The upgrade statements, in order. @throws SqlScriptException when the section
	 * cannot be split
	 */
	public List<SqlStatement> upgradeStatements() {
		return upgrade.statements();
	}

	/**
	 * The downgrade statements, in order; empty both for an empty section and when there
	 * is none.
	 */
	public List<SqlStatement> downgradeStatements() {
		return downgrade == null ? List.of() : downgrade.statements();
	}

	/**
	 * The upgrade section as written, comments included: lint reads its suppression
	 * comments here, where the parser found the section, rather than finding the markers
	 * again.
	 */
	public String upgradeText() {
		return upgrade.text();
	}

	/** The line of the file that {@link #upgradeText()} starts on. */
	public int upgradeFirstLine() {
		return upgrade.firstLine();
	}

	/** Whether the file has a downgrade section (possibly empty). */
	public boolean hasDowngrade() {
		return downgrade != null;
	}

	public boolean transactional() {
		return transactional;
	}

	/**
	 * Whether the section of {@code direction} has an autocommit block (no statement is
	 * split to tell).
	 */
	public boolean hasAutocommitBlock(Direction direction) {
		SqlSection section = (direction == Direction.UPGRADE) ? upgrade : downgrade;
		return section != null && section.hasAutocommitBlock();
	}

	/**
	 * The section's statements in order, those between {@code -- migrate:autocommit} and
	 * {@code -- migrate:end-autocommit} in an autocommit block. A section without a block
	 * (every {@link FileSection}) is streamed statement by statement.
	 */
	private void run(SqlSection section, Operations op) {
		if (section instanceof TextSection text && text.hasAutocommitBlock()) {
			text.forEachPart((autocommit, statements) -> {
				if (autocommit) {
					op.autocommitBlock(() -> statements.forEach(statement -> op.run(toOperation(statement))));
				}
				else {
					statements.forEach(statement -> op.run(toOperation(statement)));
				}
			});
			return;
		}
		section.forEachStatement(statement -> op.run(toOperation(statement)));
	}

	/** The operation that runs {@code statement}. */
	public ExecuteSql toOperation(SqlStatement statement) {
		return new ExecuteSql(statement.sql(), List.of(), statement.location(), transactional);
	}

	@Override
	public String toString() {
		return source;
	}

}
