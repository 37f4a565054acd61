package dev.migrate.source;

import dev.migrate.IrreversibleMigrationException;
import dev.migrate.Migration;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operations;
import java.util.List;
import java.util.Objects;

/**
 * The {@link Migration} of a SQL revision file: runs the statements of the chosen section one by one,
 * each as an {@link ExecuteSql} carrying its file and line.
 */
public final class SqlMigration implements Migration {

    private final String source;
    private final List<SqlStatement> upgrade;
    private final List<SqlStatement> downgrade;
    private final boolean transactional;

    /**
     * @param source        the file, for messages
     * @param upgrade       the statements of the upgrade section
     * @param downgrade     the statements of the downgrade section, or {@code null} when the file has none
     *                      (the revision is irreversible); an empty list is an explicit no-op
     * @param transactional the file's {@code transactional} header
     */
    public SqlMigration(String source, List<SqlStatement> upgrade, List<SqlStatement> downgrade,
            boolean transactional) {
        this.source = Objects.requireNonNull(source, "source");
        this.upgrade = List.copyOf(upgrade);
        this.downgrade = downgrade == null ? null : List.copyOf(downgrade);
        this.transactional = transactional;
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

    /** The upgrade statements, in order. */
    public List<SqlStatement> upgradeStatements() {
        return upgrade;
    }

    /** The downgrade statements, in order; empty both for an empty section and when there is none. */
    public List<SqlStatement> downgradeStatements() {
        return downgrade == null ? List.of() : downgrade;
    }

    /** Whether the file has a downgrade section (possibly empty). */
    public boolean hasDowngrade() {
        return downgrade != null;
    }

    public boolean transactional() {
        return transactional;
    }

    private void run(List<SqlStatement> statements, Operations op) {
        for (SqlStatement statement : statements) {
            op.run(new ExecuteSql(statement.sql(), List.of(), statement.location(), transactional));
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
