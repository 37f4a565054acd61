package dev.migrate.autoconfigure;

import dev.migrate.MigrateConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Starts loading the auto-configured engine's revisions ({@link RevisionPreload}) as soon
 * as the environment is ready, in the manner of Spring Boot's background pre-initializer,
 * and hands them to the context before it refreshes.
 *
 * <p>
 * Nothing is started when {@code migrate.enabled=false}, or with the system property
 * {@code spring.backgroundpreinitializer.ignore=true} that also turns off Spring Boot's
 * own background work. The revisions are loaded with the {@code migrate.*} settings of
 * the environment; customizers and Java revision beans come later, and when they choose
 * other revisions the engine loads its own.
 */
class RevisionPreloadApplicationListener implements SmartApplicationListener {

	private static final String IGNORE = "spring.backgroundpreinitializer.ignore";

	private @Nullable RevisionPreload preload;

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationPreparedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public int getOrder() {
		// After the listener that loads application.properties and the profiles.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			start(prepared.getEnvironment(), prepared.getSpringApplication().getClassLoader());
		}
		else if (event instanceof ApplicationPreparedEvent prepared && this.preload != null) {
			prepared.getApplicationContext()
				.getBeanFactory()
				.registerSingleton(RevisionPreload.BEAN_NAME, this.preload);
			this.preload = null;
		}
	}

	private void start(ConfigurableEnvironment environment, ClassLoader classLoader) {
		if (Boolean.getBoolean(IGNORE) || !environment.getProperty("migrate.enabled", Boolean.class, true)
				|| !ClassUtils.isPresent("dev.migrate.Migrate", classLoader)) {
			return;
		}
		MigrateConfig config;
		try {
			MigrateProperties properties = Binder.get(environment).bindOrCreate("migrate", MigrateProperties.class);
			config = MigrateConfig.builder()
				.classLoader(classLoader)
				.locations(properties.getLocations())
				.packages(properties.getPackages())
				.build();
		}
		catch (RuntimeException ex) {
			// Settings the engine bean will refuse with its own error, at its own point
			// of
			// the start.
			return;
		}
		this.preload = RevisionPreload.start(config);
	}

}
