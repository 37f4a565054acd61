package dev.migrate.maven.internal;

import dev.migrate.MigrateException;
import dev.migrate.autoconfigure.jpa.JpaSchemaModelSource;
import dev.migrate.cli.MigrateCli;
import dev.migrate.schema.SchemaModelSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command's run inside the project's class loader ({@link ProjectRunner}); only JDK
 * types cross into it. It adds what only the project's classes can tell (the packages of
 * its Java revisions, its JPA entities) and runs the migrate command line library.
 */
public final class ProjectRun {

	static final String PROGRAM = "mvn migrate:";

	private ProjectRun() {
	}

	/**
	 * @return the command's exit code
	 */
	public static int run(String[] arguments, Map<String, String> settings, String origin, String classesDirectory,
			boolean entityModel, PrintStream out, PrintStream err, Map<String, String> environment) {
		ClassLoader loader = ProjectRun.class.getClassLoader();
		ProjectClasses classes = ProjectClasses.scan(Path.of(classesDirectory), loader);
		Map<String, String> withDefaults = new LinkedHashMap<>(settings);
		if (!classes.revisionPackages().isEmpty() && settings.keySet().stream().noneMatch(ProjectRun::isPackages)) {
			withDefaults.put("migrate.packages", String.join(",", classes.revisionPackages()));
		}
		SchemaModelSource model = entityModel ? entityModel(classes, settings, loader, classesDirectory) : null;
		return MigrateCli.forBuild("migrate", loader, withDefaults, origin, model)
			.run(arguments, out, err, environment);
	}

	private static boolean isPackages(String key) {
		return key.equalsIgnoreCase("migrate.packages");
	}

	/**
	 * The model of the project's entities as the Spring integration builds it; without
	 * entities or Hibernate, a model whose loading fails saying what is missing (only
	 * when the command gets to compare).
	 */
	private static SchemaModelSource entityModel(ProjectClasses classes, Map<String, String> settings,
			ClassLoader loader, String classesDirectory) {
		if (!JpaSettings.hibernatePresent(loader)) {
			return () -> {
				throw new MigrateException("The project has no Hibernate (org.hibernate.orm:hibernate-core) on its"
						+ " runtime class path, so there is no JPA entity model to compare with. Add"
						+ " spring-boot-starter-data-jpa (or Hibernate), or compare from the application.");
			};
		}
		if (classes.managedClassNames().isEmpty()) {
			return () -> {
				throw new MigrateException("No JPA entities (@Entity classes) among the compiled classes in "
						+ classesDirectory + ". Compile first: `mvn compile migrate:check`.");
			};
		}
		return new JpaSchemaModelSource(classes.managedClassNames(), JpaSettings.hibernateSettings(settings, loader),
				loader);
	}

}
