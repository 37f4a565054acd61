package dev.migrate.internal.source;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.result.SourceLocation;
import dev.migrate.internal.source.JavaRevisionException.Problem;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds Java revisions on the classpath, without Spring: classes annotated with
 * {@link Revision} in a package and its subpackages, in directories and jars alike.
 *
 * <p>
 * Class files are checked for a reference to {@code @Revision} before their class is
 * loaded, so scanning a package never initialises or fails on unrelated classes. Classes
 * are loaded without running their static initialisers.
 */
public final class JavaRevisionScanner {

	private static final Pattern PACKAGE_NAME = Pattern.compile(
			"\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

	/**
	 * How a class file's constant pool names the annotation when the class carries it.
	 */
	private static final byte[] ANNOTATION_DESCRIPTOR = ("L" + Revision.class.getName().replace('.', '/') + ";")
		.getBytes(StandardCharsets.UTF_8);

	private final ClassLoader classLoader;

	private final ClasspathScanner classpath;

	public JavaRevisionScanner(ClassLoader classLoader) {
		this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
		this.classpath = new ClasspathScanner(classLoader);
	}

	/**
	 * The concrete {@link Migration} classes annotated with {@link Revision} in
	 * {@code packageName} and its subpackages, sorted by class name. A package that is
	 * not on the classpath has none.
	 * @throws JavaRevisionException when an annotated class does not implement
	 * {@link Migration}, is abstract, or cannot be loaded
	 */
	public List<Class<? extends Migration>> findRevisionClasses(String packageName) {
		String name = packageName == null ? "" : packageName.strip();
		if (!PACKAGE_NAME.matcher(name).matches()) {
			throw new JavaRevisionException(Problem.INVALID_PACKAGE, new SourceLocation("package " + packageName, 0),
					"'" + packageName + "' is not a package name; name a package such as com.example.revisions"
							+ " (the whole classpath is never scanned)");
		}
		Map<String, Class<? extends Migration>> found = new LinkedHashMap<>();
		String directory = name.replace('.', '/');
		for (ScannedFile file : classpath.scan(directory, ".class", "package " + name)) {
			String relative = file.relativePath();
			String className = (directory + "/" + relative.substring(0, relative.length() - ".class".length()))
				.replace('/', '.');
			if (className.endsWith("module-info") || className.endsWith("package-info") || found.containsKey(className)
					|| !mentionsRevision(file.content("package " + name + ": " + file.relativePath()))) {
				continue;
			}
			Class<?> type = load(className);
			if (type.isAnnotationPresent(Revision.class)) {
				found.put(className, checkRevisionClass(type));
			}
		}
		List<Class<? extends Migration>> classes = new ArrayList<>(found.values());
		classes.sort(Comparator.comparing(Class::getName));
		return classes;
	}

	/**
	 * Creates an instance of a revision class through its public no-argument constructor.
	 * @throws JavaRevisionException when there is no such constructor or it throws
	 */
	public static Migration instantiate(Class<? extends Migration> type) {
		SourceLocation location = JavaRevisionReader.locationOf(type);
		Constructor<? extends Migration> constructor;
		try {
			constructor = type.getConstructor();
		}
		catch (NoSuchMethodException e) {
			boolean inner = type.isMemberClass() && !Modifier.isStatic(type.getModifiers());
			throw new JavaRevisionException(Problem.NO_USABLE_CONSTRUCTOR, location, inner
					? "an inner class cannot be created on its own; make it a static nested class with a public"
							+ " no-argument constructor"
					: "there is no public no-argument constructor; add one, or pass an instance (in Spring, make"
							+ " the revision a bean so its dependencies are injected)",
					e);
		}
		if (!Modifier.isPublic(type.getModifiers())) {
			// A public constructor of a package-private class is still out of reach of
			// reflection.
			constructor.setAccessible(true);
		}
		try {
			return constructor.newInstance();
		}
		catch (InvocationTargetException e) {
			throw new JavaRevisionException(Problem.CONSTRUCTOR_FAILED, location,
					"the constructor threw " + e.getCause() + "; fix the constructor", e.getCause());
		}
		catch (ReflectiveOperationException e) {
			throw new JavaRevisionException(Problem.NO_USABLE_CONSTRUCTOR, location,
					"cannot call the constructor: " + e + "; make the class and its no-argument constructor public", e);
		}
	}

	private Class<?> load(String className) {
		try {
			return Class.forName(className, false, classLoader);
		}
		catch (ClassNotFoundException | LinkageError e) {
			throw new JavaRevisionException(Problem.CLASS_NOT_LOADABLE, new SourceLocation("class " + className, 0),
					"cannot load the class: " + e + "; check that its dependencies are on the classpath", e);
		}
	}

	private static Class<? extends Migration> checkRevisionClass(Class<?> type) {
		SourceLocation location = JavaRevisionReader.locationOf(type);
		if (!Migration.class.isAssignableFrom(type)) {
			throw new JavaRevisionException(Problem.NOT_A_MIGRATION, location,
					"the class is annotated with @Revision but does not implement " + Migration.class.getName()
							+ "; implement it, or remove the annotation");
		}
		if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
			throw new JavaRevisionException(Problem.ABSTRACT, location,
					"the class is annotated with @Revision but is abstract, so it cannot run; annotate the concrete"
							+ " subclass instead");
		}
		return type.asSubclass(Migration.class);
	}

	private static boolean mentionsRevision(byte[] classFile) {
		byte[] needle = ANNOTATION_DESCRIPTOR;
		outer: for (int i = 0; i <= classFile.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (classFile[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
