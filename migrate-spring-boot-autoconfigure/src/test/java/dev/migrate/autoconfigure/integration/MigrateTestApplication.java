package dev.migrate.autoconfigure.integration;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A plain Spring Boot application for the integration tests: everything auto-configured,
 * JPA entities from this package, revisions from {@code classpath:db/revisions}. Its
 * {@code main} is what the app-jar command test starts as a separate process.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class MigrateTestApplication {

	/** Printed on stderr when the application's EntityManagerFactory has started. */
	public static final String ENTITY_MANAGER_FACTORY_STARTED = "[test] EntityManagerFactory started";

	public static void main(String[] args) {
		SpringApplication.run(MigrateTestApplication.class, args);
	}

	// Lets a test in another JVM see whether JPA was started.
	@Bean
	static BeanPostProcessor entityManagerFactoryWitness() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof EntityManagerFactory) {
					System.err.println(ENTITY_MANAGER_FACTORY_STARTED);
				}
				return bean;
			}

		};
	}

}
