package dev.migrate.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migration;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.JavaRevisionException.Problem;
import dev.migrate.internal.source.fixtures.invalid.failingconstructor.FailingConstructor;
import dev.migrate.internal.source.fixtures.invalid.innerclass.Outer;
import dev.migrate.internal.source.fixtures.invalid.noconstructor.NeedsArgument;
import dev.migrate.internal.source.fixtures.valid.AddAccountEmail;
import dev.migrate.internal.source.fixtures.valid.CreateAccounts;
import dev.migrate.internal.source.fixtures.valid.Holder;
import dev.migrate.internal.source.fixtures.valid.sub.BackfillAccounts;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRevisionScannerTest {

	private static final String VALID = "dev.migrate.internal.source.fixtures.valid";

	private static final String INVALID = "dev.migrate.internal.source.fixtures.invalid.";

	private final JavaRevisionScanner scanner = new JavaRevisionScanner(getClass().getClassLoader());

	@Test
	void findsAnnotatedConcreteMigrationsInThePackageAndItsSubpackagesSortedByName() {
		assertThat(scanner.findRevisionClasses(VALID)).extracting(Class::getName)
			.containsExactly(AddAccountEmail.class.getName(), CreateAccounts.class.getName(),
					Holder.NestedRevision.class.getName(), VALID + ".PackagePrivateRevision",
					BackfillAccounts.class.getName());
	}

	@Test
	void loadsOnlyClassesThatMentionTheAnnotationAndInitialisesNone() {
		RecordingClassLoader recording = new RecordingClassLoader(getClass().getClassLoader());

		List<Class<? extends Migration>> classes = new JavaRevisionScanner(recording).findRevisionClasses(VALID);

		// ExplodingHelper, NotARevision and ReversibleBase were never asked for, so never
		// loaded or initialised.
		assertThat(recording.requested)
			.containsExactlyInAnyOrderElementsOf(classes.stream().map(Class::getName).toList());
	}

	@Test
	void instantiatesThroughThePublicNoArgumentConstructorEvenOfPackagePrivateClasses() {
		List<RevisionScript> scripts = scanner.findRevisionClasses(VALID)
			.stream()
			.map(JavaRevisionScanner::instantiate)
			.map(JavaRevisionReader::read)
			.toList();
		assertThat(scripts).extracting(RevisionScript::id)
			.containsExactly("java0002", "java0001", "java0005", "java0004", "java0003");
	}

	@Test
	void aPackageThatIsNotOnTheClasspathHasNoRevisions() {
		assertThat(scanner.findRevisionClasses("com.example.nothing.here")).isEmpty();
	}

	@Test
	void rejectsInvalidPackageNames() {
		for (String name : List.of("", "com..example", "1com.example", "com/example", "com.example.")) {
			assertThatThrownBy(() -> scanner.findRevisionClasses(name)).as(name)
				.isInstanceOfSatisfying(JavaRevisionException.class,
						e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_PACKAGE));
		}
	}

	@Test
	void rejectsAnAnnotatedClassThatIsNotAMigration() {
		assertScanProblem("notmigration", "NotAMigration", Problem.NOT_A_MIGRATION,
				"is annotated with @Revision but does not implement dev.migrate.Migration");
	}

	@Test
	void rejectsAnAbstractAnnotatedClass() {
		assertScanProblem("abstractclass", "AbstractRevision", Problem.ABSTRACT, "annotate the concrete subclass");
	}

	@Test
	void rejectsClassesWithoutAUsableConstructor() {
		assertThat(scanner.findRevisionClasses(INVALID + "noconstructor")).containsExactly(NeedsArgument.class);
		assertThatThrownBy(() -> JavaRevisionScanner.instantiate(NeedsArgument.class))
			.isInstanceOfSatisfying(JavaRevisionException.class, e -> {
				assertThat(e.problem()).isEqualTo(Problem.NO_USABLE_CONSTRUCTOR);
				assertThat(e.location().file()).isEqualTo("class " + NeedsArgument.class.getName());
			})
			.hasMessageContaining("there is no public no-argument constructor");
		assertThatThrownBy(() -> JavaRevisionScanner.instantiate(Outer.Inner.class))
			.isInstanceOfSatisfying(JavaRevisionException.class,
					e -> assertThat(e.problem()).isEqualTo(Problem.NO_USABLE_CONSTRUCTOR))
			.hasMessageContaining("make it a static nested class");
	}

	@Test
	void reportsAConstructorThatThrows() {
		assertThatThrownBy(() -> JavaRevisionScanner.instantiate(FailingConstructor.class))
			.isInstanceOfSatisfying(JavaRevisionException.class, e -> {
				assertThat(e.problem()).isEqualTo(Problem.CONSTRUCTOR_FAILED);
				assertThat(e.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("no configuration");
			})
			.hasMessageStartingWith("class " + FailingConstructor.class.getName() + ": the constructor threw");
	}

	@Test
	void findsRevisionClassesInsideAJar(@TempDir Path temp) throws Exception {
		Path jar = compileToJar(temp, Map.of("com/example/jarred/FirstJarRevision.java", """
				package com.example.jarred;
				@dev.migrate.Revision(id = "jar00001", message = "from a jar")
				public class FirstJarRevision implements dev.migrate.Migration {
				    public void upgrade(dev.migrate.ops.Operations op) { op.execute("SELECT 1"); }
				    public void downgrade(dev.migrate.ops.Operations op) { op.execute("SELECT 0"); }
				}
				""", "com/example/jarred/more/SecondJarRevision.java", """
				package com.example.jarred.more;
				@dev.migrate.Revision(id = "jar00002", revises = "jar00001")
				public class SecondJarRevision implements dev.migrate.Migration {
				    public void upgrade(dev.migrate.ops.Operations op) { }
				}
				""", "com/example/jarred/Unrelated.java", """
				package com.example.jarred;
				public class Unrelated { }
				"""));

		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() },
				getClass().getClassLoader())) {
			List<Class<? extends Migration>> classes = new JavaRevisionScanner(loader)
				.findRevisionClasses("com.example.jarred");

			assertThat(classes).extracting(Class::getName)
				.containsExactly("com.example.jarred.FirstJarRevision", "com.example.jarred.more.SecondJarRevision");
			assertThat(classes.get(0).getClassLoader()).isSameAs(loader);
			List<RevisionScript> scripts = classes.stream()
				.map(JavaRevisionScanner::instantiate)
				.map(JavaRevisionReader::read)
				.toList();
			assertThat(scripts).extracting(RevisionScript::id, RevisionScript::downgradable)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("jar00001", true),
						org.assertj.core.groups.Tuple.tuple("jar00002", false));
		}
	}

	private void assertScanProblem(String packageSuffix, String simpleName, Problem problem, String message) {
		String className = INVALID + packageSuffix + "." + simpleName;
		assertThatThrownBy(() -> scanner.findRevisionClasses(INVALID + packageSuffix))
			.isInstanceOfSatisfying(JavaRevisionException.class, e -> {
				assertThat(e.problem()).isEqualTo(problem);
				assertThat(e.location().file()).isEqualTo("class " + className);
				assertThat(e.location().line()).isZero();
			})
			.hasMessageStartingWith("class " + className + ": ")
			.hasMessageContaining(message);
	}

	/**
	 * Compiles sources against migrate-core's classes and packs the classes into a jar
	 * with directory entries.
	 */
	private static Path compileToJar(Path temp, Map<String, String> sources) throws IOException {
		Path sourceDir = Files.createDirectories(temp.resolve("src"));
		Path classesDir = Files.createDirectories(temp.resolve("classes"));
		List<String> arguments = new ArrayList<>(List.of("-d", classesDir.toString(), "-classpath",
				Path.of(pathOf(Migration.class)).toString(), "-proc:none"));
		for (Map.Entry<String, String> source : sources.entrySet()) {
			Path file = sourceDir.resolve(source.getKey());
			Files.createDirectories(file.getParent());
			Files.writeString(file, source.getValue());
			arguments.add(file.toString());
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit code").isZero();
		return TestJars.jarOfDirectory(classesDir, temp.resolve("revisions.jar"));
	}

	private static String pathOf(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (java.net.URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Records which classes are requested by name, delegating everything to its parent.
	 */
	private static final class RecordingClassLoader extends ClassLoader {

		final List<String> requested = new ArrayList<>();

		RecordingClassLoader(ClassLoader parent) {
			super(parent);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			if (name.startsWith("dev.migrate.internal.source.fixtures.")) {
				requested.add(name);
			}
			return super.loadClass(name, resolve);
		}

	}

}
