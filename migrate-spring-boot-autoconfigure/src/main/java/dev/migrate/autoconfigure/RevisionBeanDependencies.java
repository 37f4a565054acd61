package dev.migrate.autoconfigure;

import dev.migrate.Migration;
import dev.migrate.Revision;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;

/**
 * Gives Java revision beans their collaborators lazily: what a {@code @Revision} bean
 * injects (a {@code JdbcTemplate}, a {@code JdbcClient}, a Spring Data repository, a
 * service) is a proxy that finds the real bean when the revision first uses it, as if the
 * injection point carried {@code @Lazy}.
 *
 * <p>
 * Revision beans are created with their engine, before the startup migration. Created
 * eagerly, their collaborators would come first too, and with them whatever waits for the
 * migration: a repository starts the EntityManagerFactory, which validates (or Hibernate
 * otherwise checks) a schema that is not migrated yet. Lazily, a collaborator is created
 * while the revision that uses it runs, after the revisions before it. Values
 * ({@code @Value}, strings, primitives, collections) and final classes are injected as
 * they are.
 */
final class RevisionBeanDependencies implements BeanFactoryPostProcessor {

	private static final Log logger = LogFactory.getLog(RevisionBeanDependencies.class);

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!(beanFactory instanceof DefaultListableBeanFactory factory)) {
			return;
		}
		// Only over Spring's standard resolver: one an application replaced is its own.
		if (factory.getAutowireCandidateResolver().getClass() != ContextAnnotationAutowireCandidateResolver.class) {
			logger.debug("Java revision beans get their collaborators eagerly: the bean factory uses "
					+ factory.getAutowireCandidateResolver().getClass().getName());
			return;
		}
		factory.setAutowireCandidateResolver(new Resolver(factory));
	}

	private static final class Resolver extends ContextAnnotationAutowireCandidateResolver {

		private final ConfigurableListableBeanFactory beanFactory;

		private final Map<String, Boolean> revisionBeans = new ConcurrentHashMap<>();

		Resolver(ConfigurableListableBeanFactory beanFactory) {
			this.beanFactory = beanFactory;
		}

		@Override
		public @Nullable Object getLazyResolutionProxyIfNecessary(DependencyDescriptor descriptor,
				@Nullable String beanName) {
			if (beanName != null && isRevisionBean(beanName) && isProxiable(descriptor)) {
				return buildLazyResolutionProxy(descriptor, beanName);
			}
			return super.getLazyResolutionProxyIfNecessary(descriptor, beanName);
		}

		private boolean isRevisionBean(String beanName) {
			return this.revisionBeans.computeIfAbsent(beanName, (name) -> {
				Class<?> type = this.beanFactory.containsBeanDefinition(name) ? this.beanFactory.getType(name, false)
						: null;
				return type != null && Migration.class.isAssignableFrom(type)
						&& type.isAnnotationPresent(Revision.class);
			});
		}

		private static boolean isProxiable(DependencyDescriptor descriptor) {
			Class<?> type = descriptor.getDependencyType();
			if (descriptor.getAnnotation(Value.class) != null || type.isPrimitive() || type.isArray()
					|| Modifier.isFinal(type.getModifiers()) || type.getName().startsWith("java.")
					|| ObjectFactory.class.isAssignableFrom(type)) {
				return false;
			}
			return type.isInterface() || !Modifier.isAbstract(type.getModifiers());
		}

	}

}
