package dev.migrate.autoconfigure;

import dev.migrate.Migrate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Import;

/**
 * Brings the application's Java revision beans into test slices. {@code @DataJpaTest},
 * {@code @JdbcTest} and {@code @DataJdbcTest} scan only their own kinds of components, so
 * a {@code @Component @Revision} class would be missing and the SQL revisions built on it
 * would fail as if its file had been deleted. Listed only in the slices'
 * {@code AutoConfigureDataSourceInitialization.imports}, next to
 * {@link MigrateAutoConfiguration}, as Flyway and Liquibase are; a full application scans
 * its revision beans itself.
 */
@AutoConfiguration(before = MigrateAutoConfiguration.class)
@ConditionalOnClass(Migrate.class)
@Import(RevisionBeansRegistrar.class)
public final class MigrateRevisionBeansAutoConfiguration {

}
