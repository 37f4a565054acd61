package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migration;
import dev.migrate.Transactional;
import dev.migrate.internal.dialect.PostgresDialect;
import dev.migrate.Direction;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RevisionFactsTest {

	@Test
	void anAutoRevisionIsDecidedForTheServerItRunsOn() {
		Migration enumValue = op -> op.addEnumValue("mood", "meh");
		RevisionScript revision = new RevisionScript("e1", List.of(), Set.of(), List.of(), "", Transactional.AUTO, null,
				new SourceLocation("EnumValue", 0), enumValue, false);
		RevisionFacts facts = new RevisionFacts();
		// ALTER TYPE ... ADD VALUE runs in a transaction from PostgreSQL 12 on, not
		// before.
		assertThat(facts.transactional(revision, Direction.UPGRADE, new PostgresDialect(11))).isFalse();
		assertThat(facts.transactional(revision, Direction.UPGRADE, new PostgresDialect(17))).isTrue();
		assertThat(facts.transactional(revision, Direction.UPGRADE, new PostgresDialect(11))).isFalse();
		assertThat(facts.transactional(revision, Direction.UPGRADE)).isTrue();
	}

	@Test
	void aJavaRevisionIsRecordedOncePerDirectionForChecksumTransactionalityAndOfflineRendering() {
		AtomicInteger upgrades = new AtomicInteger();
		Migration counting = new Migration() {
			@Override
			public void upgrade(dev.migrate.ops.Operations op) {
				upgrades.incrementAndGet();
				op.execute("CREATE TABLE t (id int)");
			}

			@Override
			public void downgrade(dev.migrate.ops.Operations op) {
				op.execute("DROP TABLE t");
			}
		};
		RevisionScript revision = new RevisionScript("c1", List.of(), Set.of(), List.of(), "", Transactional.AUTO, null,
				new SourceLocation("Counting", 0), counting, true);
		RevisionFacts facts = new RevisionFacts();
		facts.checksum(revision);
		facts.transactional(revision, Direction.UPGRADE, new PostgresDialect(17));
		facts.transactional(revision, Direction.UPGRADE, new PostgresDialect(11));
		assertThat(facts.recorded(revision, Direction.UPGRADE).operations()).hasSize(1);
		assertThat(upgrades).hasValue(1);
	}

}
