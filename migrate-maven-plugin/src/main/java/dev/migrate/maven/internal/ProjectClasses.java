package dev.migrate.maven.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the project's compiled classes hold for migrate: JPA managed classes (entities,
 * embeddables, mapped superclasses, converters: what Spring Boot's entity scan finds
 * under the application's package) and the packages of Java revisions
 * ({@code @Revision}). Classes are loaded without being initialised; a class that cannot
 * be loaded (a missing optional library) is skipped.
 */
final class ProjectClasses {

	private static final Set<String> MANAGED = Set.of("jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
			"jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

	private static final String REVISION = "dev.migrate.Revision";

	private final List<String> managedClassNames;

	private final List<String> revisionPackages;

	private ProjectClasses(Set<String> managedClassNames, Set<String> revisionPackages) {
		this.managedClassNames = List.copyOf(managedClassNames);
		this.revisionPackages = List.copyOf(revisionPackages);
	}

	static ProjectClasses scan(Path classesDirectory, ClassLoader loader) {
		Set<String> managed = new TreeSet<>();
		Set<String> packages = new TreeSet<>();
		if (!Files.isDirectory(classesDirectory)) {
			return new ProjectClasses(managed, packages);
		}
		try (Stream<Path> files = Files.walk(classesDirectory)) {
			files.filter((file) -> file.toString().endsWith(".class"))
				.map((file) -> className(classesDirectory, file))
				.filter((name) -> !name.endsWith("package-info") && !name.endsWith("module-info"))
				.forEach((name) -> inspect(name, loader, managed, packages));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the compiled classes in " + classesDirectory, ex);
		}
		return new ProjectClasses(managed, packages);
	}

	private static void inspect(String name, ClassLoader loader, Set<String> managed, Set<String> packages) {
		try {
			Class<?> type = Class.forName(name, false, loader);
			for (Annotation annotation : type.getDeclaredAnnotations()) {
				String annotationName = annotation.annotationType().getName();
				if (MANAGED.contains(annotationName)) {
					managed.add(name);
				}
				else if (annotationName.equals(REVISION)) {
					packages.add(type.getPackageName());
				}
			}
		}
		catch (ClassNotFoundException | LinkageError ex) {
			// Not a class migrate can use without the libraries it needs.
		}
	}

	private static String className(Path root, Path file) {
		String relative = root.relativize(file).toString();
		return relative.substring(0, relative.length() - ".class".length())
			.replace(file.getFileSystem().getSeparator(), ".");
	}

	List<String> managedClassNames() {
		return managedClassNames;
	}

	List<String> revisionPackages() {
		return revisionPackages;
	}

}
