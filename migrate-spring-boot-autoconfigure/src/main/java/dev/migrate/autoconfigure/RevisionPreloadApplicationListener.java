package dev.migrate.autoconfigure;

import dev.migrate.MigrateConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
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
		// Binding happens on the loading thread too: it is the only part of the loading
		// that would otherwise cost the main thread anything. Settings the engine bean
		// would refuse fail the loading, and the bean then reports them itself.
		this.preload = RevisionPreload.start(() -> {
			Binder binder = Binder.get(environment);
			MigrateProperties defaults = new MigrateProperties();
			return MigrateConfig.builder()
				.classLoader(classLoader)
				.locations(
						binder.bind("migrate.locations", Bindable.listOf(String.class)).orElse(defaults.getLocations()))
				.packages(binder.bind("migrate.packages", Bindable.listOf(String.class)).orElse(defaults.getPackages()))
				.build();
		});
	}

}
