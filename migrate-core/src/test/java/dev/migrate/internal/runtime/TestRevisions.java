package dev.migrate.internal.runtime;

import dev.migrate.Migration;
import dev.migrate.Transactional;
import dev.migrate.internal.graph.MigrationPlan;
import dev.migrate.internal.graph.MigrationStep;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.Operations;
import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Revisions and plans built in memory for runtime tests that do not need the graph. */
final class TestRevisions {

	private TestRevisions() {
	}

	/**
	 * A linear revision whose upgrade/downgrade run the given statements, located at
	 * {@code <id>.sql:<n>}.
	 */
	static RevisionScript sql(String id, String parent, boolean transactional, List<String> upgrade,
			List<String> downgrade) {
		String file = "test:" + id + ".sql";
		Migration migration = new Migration() {
			@Override
			public void upgrade(Operations op) {
				run(op, upgrade, 10);
			}

			@Override
			public void downgrade(Operations op) {
				run(op, downgrade, 100);
			}

			private void run(Operations op, List<String> statements, int firstLine) {
				for (int i = 0; i < statements.size(); i++) {
					op.run(new ExecuteSql(statements.get(i), List.of(), new SourceLocation(file, firstLine + i),
							transactional));
				}
			}
		};
		return new RevisionScript(id, parent == null ? List.of() : List.of(parent), Set.of(), List.of(),
				"revision " + id, transactional ? Transactional.TRUE : Transactional.FALSE, "sum-" + id,
				new SourceLocation(file, 1), migration, true);
	}

	/**
	 * Upgrade plan through {@code revisions}, a linear chain starting after {@code from}.
	 */
	static MigrationPlan upgrade(String from, RevisionScript... revisions) {
		List<MigrationStep> steps = new ArrayList<>();
		Set<String> heads = from == null ? Set.of() : Set.of(from);
		Set<String> start = heads;
		for (RevisionScript revision : revisions) {
			Set<String> next = Set.of(revision.id());
			steps.add(new MigrationStep(revision, Direction.UPGRADE, heads, next));
			heads = next;
		}
		return new MigrationPlan(Direction.UPGRADE, start, heads, steps);
	}

}
