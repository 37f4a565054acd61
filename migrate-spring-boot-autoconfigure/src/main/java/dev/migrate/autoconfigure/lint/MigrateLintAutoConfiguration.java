package dev.migrate.autoconfigure.lint;

import dev.migrate.Migrate;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateMode;
import dev.migrate.autoconfigure.MigrateProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The startup lint check: lints pending revisions before {@code migrate.mode} verifies or
 * applies them, unless {@code migrate.lint.enabled=false} or {@code migrate.mode=none}
 * (nothing happens to the database at startup, e.g. in command mode, where
 * {@code migrate lint} is the way to lint).
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(Migrate.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateLintProperties.class)
public final class MigrateLintAutoConfiguration {

	@Bean
	@ConditionalOnBean(Migrate.class)
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "migrate.lint.enabled", matchIfMissing = true)
	MigrateLintCheck migrateLintCheck(ListableBeanFactory beanFactory, MigrateLintProperties properties,
			ObjectProvider<MigrateProperties> migrateProperties) {
		MigrateMode mode = migrateProperties.getIfAvailable(MigrateProperties::new).getMode();
		return new MigrateLintCheck(beanFactory.getBeansOfType(Migrate.class), properties, mode != MigrateMode.NONE);
	}

}
