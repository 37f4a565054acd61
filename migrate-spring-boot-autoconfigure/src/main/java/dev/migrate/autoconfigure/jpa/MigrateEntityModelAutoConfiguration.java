package dev.migrate.autoconfigure.jpa;

import dev.migrate.schema.SchemaModelSource;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.cfg.MappingSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * Gives {@code migrate check} and {@code migrate revision --autogenerate} (run as
 * {@code java -jar app.jar migrate ...}) the application's JPA entity model: the managed
 * types Spring Boot scanned, with the Hibernate properties and naming strategies the
 * application's EntityManagerFactory is built with. Only with Hibernate on the class
 * path.
 */
@AutoConfiguration(afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass({ MetadataSources.class, PersistenceManagedTypes.class, HibernateProperties.class })
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
public final class MigrateEntityModelAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(SchemaModelSource.class)
	@ConditionalOnBean({ PersistenceManagedTypes.class, JpaProperties.class, HibernateProperties.class })
	JpaSchemaModelSource migrateEntityModel(PersistenceManagedTypes managedTypes, JpaProperties jpaProperties,
			HibernateProperties hibernateProperties, ObjectProvider<PhysicalNamingStrategy> physicalNamingStrategy,
			ObjectProvider<ImplicitNamingStrategy> implicitNamingStrategy, ResourceLoader resourceLoader) {
		// The same resolution Spring Boot applies for the EntityManagerFactory:
		// spring.jpa.properties,
		// spring.jpa.hibernate.naming.* with Boot's defaults, and naming strategy beans
		// over both.
		Map<String, Object> settings = new HashMap<>(hibernateProperties
			.determineHibernateProperties(jpaProperties.getProperties(), new HibernateSettings()));
		physicalNamingStrategy
			.ifAvailable(strategy -> settings.put(MappingSettings.PHYSICAL_NAMING_STRATEGY, strategy));
		implicitNamingStrategy
			.ifAvailable(strategy -> settings.put(MappingSettings.IMPLICIT_NAMING_STRATEGY, strategy));
		return new JpaSchemaModelSource(managedTypes.getManagedClassNames(), settings, resourceLoader.getClassLoader());
	}

}
