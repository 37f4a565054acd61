package dev.migrate.autoconfigure.command;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Keeps an application in command mode from doing more than the command needs.
 *
 * <ul>
 * <li>The JPA EntityManagerFactory starts only if a Java revision bean uses a repository
 * (or the entity manager). {@code spring.main.lazy-initialization} alone does not keep it
 * from starting: the factory bean ({@code LocalContainerEntityManagerFactoryBean}) is
 * {@code LoadTimeWeaverAware}, which the context initializes before all other singletons,
 * lazy or not, and in Spring Framework 7 a {@code SmartInitializingSingleton}, which
 * Spring Boot never makes lazy. Started, Hibernate connects to read the database's
 * metadata and fails where it refuses the schema: the very schema a command may be about
 * to fix, or a database that is down (reported as "Unable to determine Dialect"). So its
 * definition is kept under another name as a prototype, which nothing creates ahead of
 * time, and the EntityManagerFactory bean becomes a lazy singleton made from it on first
 * use. {@code check} and {@code revision --autogenerate} read the entity model from
 * mapping metadata without it.</li>
 * <li>The application's {@link ApplicationRunner} and {@link CommandLineRunner} beans are
 * removed, so they are neither created (with what they inject) nor run; only the
 * command's runner is left. A configuration class that is itself a runner cannot be
 * removed without its bean methods and stays.</li>
 * <li>{@code @EventListener} methods are not registered, for the same reason: they are
 * the application's reactions to its own startup, and finding them means introspecting
 * the methods of every bean class, lazy or not.</li>
 * </ul>
 */
final class MigrateCommandBeanFactoryPostProcessor implements BeanFactoryPostProcessor, Ordered {

	private static final String ENTITY_MANAGER_FACTORY = "jakarta.persistence.EntityManagerFactory";

	// Set by ConfigurationClassPostProcessor on the definitions of configuration
	// classes.
	private static final String CONFIGURATION_CLASS_ATTRIBUTE = "org.springframework.context.annotation.ConfigurationClassPostProcessor.configurationClass";

	private final String commandRunnerName;

	MigrateCommandBeanFactoryPostProcessor(String commandRunnerName) {
		this.commandRunnerName = commandRunnerName;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		if (ClassUtils.isPresent(ENTITY_MANAGER_FACTORY, classLoader)) {
			Class<?> type = ClassUtils.resolveClassName(ENTITY_MANAGER_FACTORY, classLoader);
			if (beanFactory instanceof BeanDefinitionRegistry registry) {
				for (String name : definitionNames(beanFactory, type)) {
					deferEntityManagerFactory(beanFactory, registry, name, type);
				}
			}
		}
		if (beanFactory instanceof BeanDefinitionRegistry registry
				&& registry.containsBeanDefinition(AnnotationConfigUtils.EVENT_LISTENER_PROCESSOR_BEAN_NAME)) {
			registry.removeBeanDefinition(AnnotationConfigUtils.EVENT_LISTENER_PROCESSOR_BEAN_NAME);
		}
		if (beanFactory instanceof BeanDefinitionRegistry registry) {
			Set<String> runners = definitionNames(beanFactory, ApplicationRunner.class);
			runners.addAll(definitionNames(beanFactory, CommandLineRunner.class));
			for (String name : runners) {
				BeanDefinition definition = registry.getBeanDefinition(name);
				if (!name.equals(this.commandRunnerName)
						&& definition.getAttribute(CONFIGURATION_CLASS_ATTRIBUTE) == null) {
					registry.removeBeanDefinition(name);
				}
			}
		}
	}

	private static void deferEntityManagerFactory(ConfigurableListableBeanFactory beanFactory,
			BeanDefinitionRegistry registry, String name, Class<?> type) {
		BeanDefinition factory = registry.getBeanDefinition(name);
		String factoryName = name + ".deferredByMigrateCommand";
		RootBeanDefinition deferred = new RootBeanDefinition(type);
		deferred.setInstanceSupplier(() -> beanFactory.getBean(factoryName));
		deferred.setLazyInit(true);
		deferred.setPrimary(factory.isPrimary());
		deferred.setDependsOn(factory.getDependsOn());
		// A prototype factory bean is not destroyed with the context: close what it
		// made.
		deferred.setDestroyMethodName("close");
		factory.setScope(BeanDefinition.SCOPE_PROTOTYPE);
		factory.setPrimary(false);
		factory.setAutowireCandidate(false);
		registry.removeBeanDefinition(name);
		registry.registerBeanDefinition(factoryName, factory);
		registry.registerBeanDefinition(name, deferred);
	}

	// Names of bean definitions (not singletons registered as objects) of a type,
	// factory beans by the name of what they make; nothing is created to find out.
	private static Set<String> definitionNames(ConfigurableListableBeanFactory beanFactory, Class<?> type) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
			String definitionName = BeanFactoryUtils.transformedBeanName(name);
			if (beanFactory.containsBeanDefinition(definitionName)) {
				names.add(definitionName);
			}
		}
		return names;
	}

}
