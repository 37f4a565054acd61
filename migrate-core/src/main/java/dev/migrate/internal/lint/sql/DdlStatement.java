package dev.migrate.internal.lint.sql;

/**
 * What the recognizer understood of one statement. Only the shapes the lint rules care
 * about are modelled; everything else is an {@link OtherStatement}, which rules still see
 * token by token.
 */
public sealed interface DdlStatement permits CreateTable, AlterTable, CreateIndex, DropIndex, DropTable, Vacuum,
		Cluster, SetLockTimeout, SetStatementTimeout, Reindex, Truncate, DropDatabase, CreateDomain, AlterDomain,
		AddEnumValue, TransactionControl, Update, OtherStatement {

}
