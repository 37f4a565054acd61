package dev.migrate.maven.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The Hibernate settings the application's EntityManagerFactory would get, from its
 * {@code spring.jpa.*} settings: with Spring Boot's JPA support on the project's class
 * path through Spring Boot's own resolution (naming strategies and their defaults
 * included, see {@link SpringJpaSettings}), otherwise {@code spring.jpa.properties.*} as
 * given.
 */
final class JpaSettings {

	static final String PROPERTIES = "spring.jpa.properties.";

	private static final String SPRING_HIBERNATE = "org.springframework.boot.hibernate.autoconfigure.HibernateProperties";

	private JpaSettings() {
	}

	static boolean hibernatePresent(ClassLoader loader) {
		return present("org.hibernate.boot.MetadataSources", loader);
	}

	static Map<String, Object> hibernateSettings(Map<String, String> settings, ClassLoader loader) {
		Map<String, String> properties = new HashMap<>();
		settings.forEach((key, value) -> {
			if (key.startsWith(PROPERTIES)) {
				properties.put(key.substring(PROPERTIES.length()), value);
			}
		});
		if (present(SPRING_HIBERNATE, loader)) {
			return SpringJpaSettings.resolve(properties, settings);
		}
		return new HashMap<>(properties);
	}

	private static boolean present(String className, ClassLoader loader) {
		try {
			Class.forName(className, false, loader);
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
