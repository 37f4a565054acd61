package dev.migrate.benchmarks.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * migrate from a given build's {@code migrate-core} classes, in a class loader of its
 * own, driven through the public facade by reflection:
 * {@code Migrate.create(MigrateConfig
 * .builder().url(..).user(..).password(..).locations(..).build())} and
 * {@code upgrade("heads")} / {@code pending()}, which every build since the first has.
 * Two of these side by side compare two builds of the engine on the same server in one
 * run ({@link BuildComparison}).
 */
final class BuildTool implements Tool {

	private final String name;

	private final Method builder;

	private final Method create;

	private final Map<Database, Object> engines = new ConcurrentHashMap<>();

	BuildTool(String name, Path coreClasses) {
		this.name = name;
		ClassLoader loader = new OwnEngineClassLoader(coreClasses);
		try {
			Class<?> config = Class.forName("dev.migrate.MigrateConfig", true, loader);
			Class<?> migrate = Class.forName("dev.migrate.Migrate", true, loader);
			this.builder = config.getMethod("builder");
			this.create = migrate.getMethod("create", config);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalArgumentException(coreClasses + " holds no migrate-core build with the public facade", ex);
		}
	}

	@Override
	public String name() {
		return this.name;
	}

	private Object migrate(Workload workload, Database database) throws ReflectiveOperationException {
		Object builder = this.builder.invoke(null);
		builder = call(builder, "url", database.url());
		builder = call(builder, "user", database.user());
		builder = call(builder, "password", database.password());
		builder = builder.getClass()
			.getMethod("locations", String[].class)
			.invoke(builder, (Object) new String[] { "filesystem:" + workload.migrateDir() });
		return this.create.invoke(null, call(builder, "build"));
	}

	@Override
	public void applyAll(Workload workload, Database database) throws Exception {
		unwrap(() -> call(migrate(workload, database), "upgrade", "heads"));
	}

	@Override
	public void noOpStart(Workload workload, Database database) throws Exception {
		Object result = unwrap(() -> call(migrate(workload, database), "upgrade", "heads"));
		if (!((Collection<?>) call(result, "applied")).isEmpty()) {
			throw new IllegalStateException("no-op start applied revisions: the database was not up to date");
		}
	}

	@Override
	public void status(Workload workload, Database database) throws Exception {
		Object engine = this.engines.computeIfAbsent(database, d -> {
			try {
				return migrate(workload, d);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		});
		Object pending = unwrap(() -> call(engine, "pending"));
		if (((Collection<?>) call(pending, "steps")).size() < 0) {
			throw new IllegalStateException("unreachable: keeps the result observable");
		}
	}

	private static Object call(Object target, String method, String... args) throws ReflectiveOperationException {
		Class<?>[] types = new Class<?>[args.length];
		java.util.Arrays.fill(types, String.class);
		Method m = target.getClass().getMethod(method, types);
		m.setAccessible(true);
		return m.invoke(target, (Object[]) args);
	}

	private static Object unwrap(Call call) throws Exception {
		try {
			return call.run();
		}
		catch (InvocationTargetException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	@FunctionalInterface
	private interface Call {

		Object run() throws ReflectiveOperationException;

	}

	/**
	 * Loads {@code dev.migrate.*} from the given build only (never from the benchmark's
	 * own class path, which holds this build's engine too); the driver and SLF4J come
	 * from the parent, so both builds share them.
	 */
	private static final class OwnEngineClassLoader extends URLClassLoader {

		OwnEngineClassLoader(Path coreClasses) {
			super(new URL[] { url(coreClasses) }, BuildTool.class.getClassLoader());
		}

		private static URL url(Path path) {
			try {
				return path.toUri().toURL();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (!name.startsWith("dev.migrate.")) {
				return super.loadClass(name, resolve);
			}
			synchronized (getClassLoadingLock(name)) {
				Class<?> loaded = findLoadedClass(name);
				if (loaded == null) {
					loaded = findClass(name);
				}
				if (resolve) {
					resolveClass(loaded);
				}
				return loaded;
			}
		}

	}

}
