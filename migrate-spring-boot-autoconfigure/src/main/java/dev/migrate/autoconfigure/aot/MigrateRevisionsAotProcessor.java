package dev.migrate.autoconfigure.aot;

import dev.migrate.Migration;
import dev.migrate.Revision;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers, while {@code spring-boot:process-aot} runs, the hints that depend on the
 * application: its {@code migrate.locations} on the classpath, and its Java revisions,
 * both beans and classes found through {@code migrate.packages}. A Java revision is
 * instantiated by reflection when it is not a bean, has its {@link Revision @Revision}
 * read, and has its class file read for its checksum.
 */
class MigrateRevisionsAotProcessor implements BeanFactoryInitializationAotProcessor {

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		Environment environment = beanFactory.containsBean(ConfigurableApplicationContext.ENVIRONMENT_BEAN_NAME)
				? beanFactory.getBean(ConfigurableApplicationContext.ENVIRONMENT_BEAN_NAME, Environment.class) : null;
		ClassLoader classLoader = (beanFactory.getBeanClassLoader() != null) ? beanFactory.getBeanClassLoader()
				: ClassUtils.getDefaultClassLoader();
		Set<String> locations = new LinkedHashSet<>();
		Set<Class<?>> revisions = new LinkedHashSet<>();
		for (String name : beanFactory.getBeanNamesForType(Migration.class, true, false)) {
			Class<?> type = beanFactory.getType(name, false);
			if (type != null) {
				revisions.add(ClassUtils.getUserClass(type));
			}
		}
		if (environment != null) {
			Binder binder = Binder.get(environment);
			binder.bind("migrate.locations", String[].class).ifBound((values) -> {
				for (String value : values) {
					String location = value.trim();
					if (location.toLowerCase(Locale.ROOT).startsWith("classpath:")) {
						locations.add(trimSlashes(location.substring("classpath:".length())));
					}
				}
			});
			binder.bind("migrate.packages", String[].class)
				.ifBound((packages) -> revisions.addAll(scan(packages, environment, classLoader)));
		}
		if (locations.isEmpty() && revisions.isEmpty()) {
			return null;
		}
		return (generationContext, code) -> register(generationContext.getRuntimeHints(), locations, revisions);
	}

	static void register(RuntimeHints hints, Set<String> locations, Set<Class<?>> revisions) {
		locations.forEach((location) -> MigrateRuntimeHints.registerLocation(hints, location));
		for (Class<?> revision : revisions) {
			hints.reflection()
				.registerType(revision, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
						MemberCategory.ACCESS_DECLARED_FIELDS);
			hints.resources().registerType(revision);
		}
	}

	private static Set<Class<?>> scan(String[] packages, Environment environment, @Nullable ClassLoader classLoader) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				environment);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
		Set<Class<?>> found = new LinkedHashSet<>();
		for (String packageName : packages) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(packageName.trim())) {
				found.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader));
			}
		}
		return found;
	}

	private static String trimSlashes(String path) {
		String trimmed = path;
		while (trimmed.startsWith("/")) {
			trimmed = trimmed.substring(1);
		}
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

}
