package dev.migrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migration;
import dev.migrate.Transactional;
import dev.migrate.dialect.PostgresDialect;
import dev.migrate.revision.Direction;
import dev.migrate.revision.RevisionScript;
import dev.migrate.revision.SourceLocation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionFactsTest {

    @Test
    void anAutoRevisionIsDecidedForTheServerItRunsOn() {
        Migration enumValue = op -> op.addEnumValue("mood", "meh");
        RevisionScript revision = new RevisionScript("e1", List.of(), Set.of(), List.of(), "", Transactional.AUTO, null,
                new SourceLocation("EnumValue", 0), enumValue, false);
        RevisionFacts facts = new RevisionFacts();
        // ALTER TYPE ... ADD VALUE runs in a transaction from PostgreSQL 12 on, not before.
        assertThat(facts.transactional(revision, Direction.UPGRADE, new PostgresDialect(11))).isFalse();
        assertThat(facts.transactional(revision, Direction.UPGRADE, new PostgresDialect(17))).isTrue();
        assertThat(facts.transactional(revision, Direction.UPGRADE, new PostgresDialect(11))).isFalse();
        assertThat(facts.transactional(revision, Direction.UPGRADE)).isTrue();
    }
}
