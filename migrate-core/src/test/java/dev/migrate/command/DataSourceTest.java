package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.testing.PostgresTest;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Connections from an application DataSource (usually a pool) are handed back as they were given:
 * same application_name, autocommit on, session timeouts restored, no advisory lock left.
 */
@PostgresTest
class DataSourceTest {

    @Test
    void dataSourceConnectionsAreHandedBackUnchanged(TestDatabase db) throws Exception {
        PoolLikeDataSource pool = new PoolLikeDataSource(db.dataSource());
        Migrate migrate = Migrate.create(MigrateConfig.builder().dataSource(pool)
                .locations("classpath:runtime-revisions/blocked").lockTimeout(Duration.ofSeconds(3)).build());
        assertThat(migrate.upgrade().applied()).hasSize(2);
        // The migration connection (which also made the unlocked check) and the lock connection.
        assertThat(pool.handedOut()).hasSize(2);
        // A no-op start: one connection, no lock taken.
        assertThat(migrate.upgrade().applied()).isEmpty();
        assertThat(pool.handedOut()).hasSize(3);
        for (Connection connection : pool.handedOut()) {
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(Fixtures.query(connection, "SELECT current_setting('application_name'), "
                    + "current_setting('lock_timeout'), current_setting('statement_timeout')"))
                    .containsExactly("the app|0|0");
            assertThat(Fixtures.query(connection, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                    + "AND pid = pg_backend_pid()")).containsExactly("0");
            connection.close();
        }
    }
}
