package dev.migrate.autoconfigure;

import org.jspecify.annotations.Nullable;

import dev.migrate.MigrateConfig;
import dev.migrate.MigrateListener;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds engine configurations from {@code migrate.*} properties, {@link MigrateListener}
 * beans, {@link MigrateListenerFactory listener factories} and
 * {@link MigrateConfigCustomizer customizers}. The auto-configured engine uses it, and so
 * can an application that declares one engine per DataSource:
 *
 * <pre>{@code
 * &#64;Bean
 * Migrate billingMigrate(@Qualifier("billing") DataSource billing, MigrateConfigFactory configs) {
 *     return Migrate.create(configs.builder("billingMigrate", billing).locations("classpath:db/billing").build());
 * }
 * }</pre>
 */
public final class MigrateConfigFactory {

	private final MigrateProperties properties;

	private final ClassLoader classLoader;

	private final ObjectProvider<MigrateListener> listeners;

	private final ObjectProvider<MigrateListenerFactory> listenerFactories;

	private final ObjectProvider<MigrateConfigCustomizer> customizers;

	private final @Nullable String appVersion;

	MigrateConfigFactory(MigrateProperties properties, ClassLoader classLoader,
			ObjectProvider<MigrateListener> listeners, ObjectProvider<MigrateListenerFactory> listenerFactories,
			ObjectProvider<MigrateConfigCustomizer> customizers, @Nullable String appVersion) {
		this.properties = properties;
		this.classLoader = classLoader;
		this.listeners = listeners;
		this.listenerFactories = listenerFactories;
		this.customizers = customizers;
		this.appVersion = appVersion;
	}

	/**
	 * A builder for one engine with every {@code migrate.*} setting, listener and
	 * customizer applied.
	 * @param engineName the bean name of the engine, shown by the endpoint and used as
	 * the {@code engine} tag of its meters when there are several engines
	 * @param dataSource the database the engine migrates
	 * @return the builder, ready to {@link MigrateConfig.Builder#build() build} or adjust
	 * further
	 */
	public MigrateConfig.Builder builder(String engineName, DataSource dataSource) {
		return customize(settings(engineName).dataSource(dataSource));
	}

	/**
	 * A builder for one engine that connects with a JDBC URL instead of a DataSource.
	 * @param engineName the bean name of the engine
	 * @param url the JDBC URL
	 * @param user the login user, or {@code null}
	 * @param password the login password, or {@code null}
	 * @return the builder
	 */
	public MigrateConfig.Builder builder(String engineName, String url, @Nullable String user,
			@Nullable String password) {
		return customize(settings(engineName).url(url).user(user).password(password));
	}

	private MigrateConfig.Builder settings(String engineName) {
		MigrateProperties props = this.properties;
		MigrateConfig.Builder builder = MigrateConfig.builder()
			.classLoader(this.classLoader)
			.locations(props.getLocations())
			.packages(props.getPackages())
			.schema(props.getSchema())
			.versionTable(props.getVersionTable())
			.historyTable(props.getHistoryTable())
			.lockWaitTimeout(props.getLockWaitTimeout())
			.lockTimeout(props.getLockTimeout())
			.statementTimeout(props.getStatementTimeout())
			.transactionMode(props.getTransactionMode())
			.connectRetries(props.getConnectRetries())
			.connectRetryInterval(props.getConnectRetryInterval())
			.connectTimeout(props.getConnectTimeout())
			.socketTimeout(props.getSocketTimeout())
			.validateChecksums(props.isValidateChecksums())
			.namingConvention(props.getNamingConvention())
			.onAhead(props.getOnAhead())
			.allowEmpty(props.isAllowEmpty())
			.appVersion(this.appVersion);
		this.listeners.orderedStream().forEach(builder::listener);
		this.listenerFactories.orderedStream().forEach((factory) -> builder.listener(factory.create(engineName)));
		return builder;
	}

	// Customizers run last so that they see, and may override, the connection too.
	private MigrateConfig.Builder customize(MigrateConfig.Builder builder) {
		this.customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

}
