package dev.migrate.internal.command;

import dev.migrate.MigrateException;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.Direction;
import dev.migrate.internal.runtime.OfflineScriptWriter;
import java.io.Writer;

/**
 * {@code upgrade --sql [from:]to} and {@code downgrade --sql from:to}: the plan for the
 * range, as if the database stood at its start, written as a script. Never connects to
 * the database.
 */
public final class OfflineSqlCommand {

	private final CommandContext context;

	public OfflineSqlCommand(CommandContext context) {
		this.context = context;
	}

	public void upgrade(String targetOrRange, Writer out) {
		String range = targetOrRange.contains(":") ? targetOrRange : ":" + targetOrRange;
		write(context.graph().planRange(Direction.UPGRADE, range), out);
	}

	public void downgrade(String range, Writer out) {
		if (!range.contains(":")) {
			throw new MigrateException("downgrade --sql needs a range from:to (e.g. heads:base), because the "
					+ "starting point cannot be read from the database offline; got '" + range + "'");
		}
		write(context.graph().planRange(Direction.DOWNGRADE, range), out);
	}

	private void write(MigrationPlan plan, Writer out) {
		TransactionModeCheck.check(plan, context);
		new OfflineScriptWriter(context.runtime().store(), context.config(), context.runtime().facts()).write(plan,
				out);
	}

}
