package dev.migrate.autoconfigure;

import dev.migrate.Migration;
import dev.migrate.Revision;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Registers the {@code @Component} classes annotated with {@link Revision} in the
 * application's auto-configuration packages that are not beans yet (a test slice left
 * them out). Revisions without {@code @Component} are left alone: they are found through
 * {@code migrate.packages}, and registering them too would load them twice.
 */
class RevisionBeansRegistrar
		implements ImportBeanDefinitionRegistrar, BeanFactoryAware, EnvironmentAware, ResourceLoaderAware {

	private BeanFactory beanFactory;

	private Environment environment;

	private ResourceLoader resourceLoader;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setResourceLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		if (!AutoConfigurationPackages.has(beanFactory)) {
			return;
		}
		List<String> registered = Arrays.stream(registry.getBeanDefinitionNames())
			.map(registry::getBeanDefinition)
			.map(BeanDefinition::getBeanClassName)
			.filter(name -> name != null)
			.toList();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				environment);
		scanner.setResourceLoader(resourceLoader);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
		for (String basePackage : AutoConfigurationPackages.get(beanFactory)) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				String className = candidate.getBeanClassName();
				if (className == null || registered.contains(className)) {
					continue;
				}
				Class<?> type = ClassUtils.resolveClassName(className, resourceLoader.getClassLoader());
				if (Migration.class.isAssignableFrom(type) && MergedAnnotations.from(type).isPresent(Component.class)) {
					registry.registerBeanDefinition(className, new RootBeanDefinition(type));
				}
			}
		}
	}

}
