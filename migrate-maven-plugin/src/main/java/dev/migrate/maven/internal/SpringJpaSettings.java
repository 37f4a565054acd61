package dev.migrate.maven.internal;

import java.util.Map;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;

/**
 * Spring Boot's resolution of Hibernate settings, as in migrate's entity-model
 * auto-configuration: {@code spring.jpa.properties.*} and
 * {@code spring.jpa.hibernate.naming.*} with Boot's default naming strategies. Loaded
 * only when Spring Boot's Hibernate support is on the project's class path.
 */
final class SpringJpaSettings {

	private SpringJpaSettings() {
	}

	static Map<String, Object> resolve(Map<String, String> jpaProperties, Map<String, String> settings) {
		HibernateProperties hibernate = new HibernateProperties();
		hibernate.getNaming().setPhysicalStrategy(relaxed(settings, "spring.jpa.hibernate.naming.physical-strategy"));
		hibernate.getNaming().setImplicitStrategy(relaxed(settings, "spring.jpa.hibernate.naming.implicit-strategy"));
		return hibernate.determineHibernateProperties(jpaProperties, new HibernateSettings());
	}

	private static String relaxed(Map<String, String> settings, String name) {
		String canonical = name.replace("-", "");
		for (Map.Entry<String, String> entry : settings.entrySet()) {
			if (entry.getKey().replace("-", "").replace("_", "").equalsIgnoreCase(canonical)) {
				return entry.getValue();
			}
		}
		return null;
	}

}
