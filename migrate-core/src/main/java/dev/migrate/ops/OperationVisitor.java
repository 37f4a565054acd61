package dev.migrate.ops;

/**
 * One method per operation type, so a dialect renders each of them without
 * {@code instanceof} chains, and adding an operation type makes every dialect that misses
 * it fail to compile.
 *
 * @param <R> what each visit produces (for dialects: the SQL statements)
 */
public interface OperationVisitor<R> {

	R visitCreateTable(CreateTable operation);

	R visitDropTable(DropTable operation);

	R visitRenameTable(RenameTable operation);

	R visitAddColumn(AddColumn operation);

	R visitDropColumn(DropColumn operation);

	R visitRenameColumn(RenameColumn operation);

	R visitAlterColumnType(AlterColumnType operation);

	R visitAlterColumnNullable(AlterColumnNullable operation);

	R visitAlterColumnDefault(AlterColumnDefault operation);

	R visitAddIdentity(AddIdentity operation);

	R visitDropIdentity(DropIdentity operation);

	R visitCommentOnTable(CommentOnTable operation);

	R visitCommentOnColumn(CommentOnColumn operation);

	R visitCreateIndex(CreateIndex operation);

	R visitDropIndex(DropIndex operation);

	R visitAddConstraint(AddConstraint operation);

	R visitDropConstraint(DropConstraint operation);

	R visitValidateConstraint(ValidateConstraint operation);

	R visitCreateSequence(CreateSequence operation);

	R visitDropSequence(DropSequence operation);

	R visitCreateSchema(CreateSchema operation);

	R visitDropSchema(DropSchema operation);

	R visitCreateEnum(CreateEnum operation);

	R visitDropEnum(DropEnum operation);

	R visitAddEnumValue(AddEnumValue operation);

	R visitRenameEnumValue(RenameEnumValue operation);

	R visitCreateView(CreateView operation);

	R visitDropView(DropView operation);

	R visitExecuteSql(ExecuteSql operation);

	R visitBulkInsert(BulkInsert operation);

	/** An operation type defined outside this package. */
	R visitOther(Operation operation);

}
