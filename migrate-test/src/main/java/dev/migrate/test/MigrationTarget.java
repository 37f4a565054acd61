package dev.migrate.test;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.schema.SchemaModelSource;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabaseServer;
import dev.migrate.testing.TestDatabaseServers;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * What the checks of one test class work on: the revisions and engine settings (without a
 * database), the entity model when there is one, and the server fresh databases are
 * created on.
 *
 * @param revisions engine settings and revisions, without a database: each fresh database
 * gets its own engine
 * @param classLoader where revisions and data fixtures are read from
 * @param stateTables migrate's version and history tables, which snapshots leave out
 * @param model the entity model, or null
 * @param modelSource where the model came from, or why there is none
 * @param server where fresh databases are created
 * @param settings the test class's annotation
 */
record MigrationTarget(Supplier<MigrateConfig.Builder> revisions, ClassLoader classLoader, List<String> stateTables,
		SchemaModelSource model, String modelSource, TestDatabaseServer server, MigrationChecks settings) {

	private static final String SPRING_TEST = "org.springframework.test.context.TestContextManager";

	/**
	 * Resolves the target of {@code testClass}, through its Spring context if it has one.
	 */
	static MigrationTarget of(Class<?> testClass) {
		MigrationChecks settings = testClass.getAnnotation(MigrationChecks.class);
		if (settings == null) {
			settings = Defaults.class.getAnnotation(MigrationChecks.class);
		}
		if (isPresent(SPRING_TEST, testClass) && SpringMigrationTargets.isSpringTest(testClass)) {
			return SpringMigrationTargets.of(testClass, settings);
		}
		SchemaModelSource model = null;
		String modelSource = "no entity model: name one with @MigrationChecks(model = ...), or use a Spring test"
				+ " whose context has JPA";
		if (settings.model() != SchemaModelSource.class) {
			model = instantiate(settings.model());
			modelSource = settings.model().getName();
		}
		MigrationChecks annotation = settings;
		Supplier<MigrateConfig.Builder> revisions = () -> {
			MigrateConfig.Builder config = MigrateConfig.builder().classLoader(testClass.getClassLoader());
			if (annotation.locations().length > 0) {
				config.locations(annotation.locations());
			}
			return config.packages(annotation.packages());
		};
		return new MigrationTarget(revisions, testClass.getClassLoader(),
				List.of(MigrateConfig.DEFAULT_VERSION_TABLE, MigrateConfig.DEFAULT_HISTORY_TABLE), model, modelSource,
				TestDatabaseServers.shared(), settings);
	}

	/** The target of an existing engine's revisions and settings. */
	static MigrationTarget of(MigrateConfig config, SchemaModelSource model, String modelSource,
			TestDatabaseServer server, MigrationChecks settings) {
		return new MigrationTarget(config::toBuilder, config.classLoader(),
				List.of(config.versionTable(), config.historyTable()), model, modelSource, server, settings);
	}

	private static SchemaModelSource instantiate(Class<? extends SchemaModelSource> type) {
		try {
			return type.getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException ex) {
			Throwable cause = (ex instanceof InvocationTargetException target) ? target.getCause() : ex;
			throw new IllegalStateException("@MigrationChecks(model = " + type.getName() + ".class): could not create"
					+ " it; it needs a public no-argument constructor (" + cause + ")", cause);
		}
	}

	private static boolean isPresent(String className, Class<?> testClass) {
		try {
			Class.forName(className, false, testClass.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/** A fresh, empty database on this target's server. */
	TestDatabase freshDatabase() {
		return TestDatabase.create(server, null);
	}

	/** An engine with this target's revisions and settings on {@code database}. */
	Migrate engineOn(DataSource database) {
		return Migrate.create(
				revisions.get().dataSource(database).url(null).user(null).password(null).listeners(List.of()).build());
	}

	@MigrationChecks
	private static final class Defaults {

	}

}
