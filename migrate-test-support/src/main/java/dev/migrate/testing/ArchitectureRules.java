package dev.migrate.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of the build's architecture guard (docs/architecture.md), shared by every
 * module's {@code ArchitectureTest}:
 * <ul>
 * <li>the public API ({@code dev.migrate}, {@code dev.migrate.ops},
 * {@code dev.migrate.result}, {@code dev.migrate.schema}, {@code dev.migrate.cli}) never
 * shows an internal type in a public or protected signature;</li>
 * <li>a module uses only its own internal packages: everything else it reaches through
 * the public API;</li>
 * <li>the API is a layer below the engine: only the facade {@code dev.migrate.Migrate}
 * reaches into {@code dev.migrate.internal}, and the engine's top-level internal packages
 * depend on each other without a cycle.</li>
 * </ul>
 */
public final class ArchitectureRules {

	/** Packages of migrate-core's public API (the SPI schema model included). */
	public static final Set<String> CORE_API_PACKAGES = Set.of("dev.migrate", "dev.migrate.ops", "dev.migrate.result",
			"dev.migrate.schema");

	/** The only API type that may depend on the engine's internals: it creates them. */
	public static final String FACADE = "dev.migrate.Migrate";

	private static final String INTERNAL = "dev.migrate.internal";

	private static final String NULL_MARKED = "org.jspecify.annotations.NullMarked";

	private ArchitectureRules() {
	}

	/**
	 * The production classes of one module: those in the classes directory (or jar) that
	 * holds {@code anchor}, so a module's guard sees its own code and not its
	 * dependencies'.
	 */
	public static JavaClasses importModule(Class<?> anchor) {
		try {
			Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
			return new ClassFileImporter().importPath(location);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Cannot locate the classes of " + anchor, ex);
		}
	}

	/**
	 * Public and protected members of public types in {@code apiPackages} use no type
	 * from {@code dev.migrate.internal} (parameters, return types, type arguments,
	 * fields, supertypes, thrown exceptions).
	 */
	public static ArchRule apiExposesNoInternalType(Set<String> apiPackages) {
		return classes().that(publicIn(apiPackages))
			.should(new ArchCondition<>("expose no type of " + INTERNAL + " in a public signature") {
				@Override
				public void check(JavaClass type, ConditionEvents events) {
					for (String leak : leaks(type)) {
						events.add(SimpleConditionEvent.violated(type, leak));
					}
				}
			})
			.allowEmptyShould(true);
	}

	/**
	 * No class of the module uses a {@code dev.migrate.internal} type outside
	 * {@code ownInternalPackages}: a module reaches migrate-core (and the CLI) through
	 * their public API only, its own internal classes included.
	 * @param ownInternalPackages internal packages (with subpackages) this module owns
	 */
	public static ArchRule usesNoForeignInternals(String... ownInternalPackages) {
		DescribedPredicate<JavaClass> foreignInternal = new DescribedPredicate<>(
				"in " + INTERNAL + ".. but not in " + String.join(", ", ownInternalPackages)) {
			@Override
			public boolean test(JavaClass type) {
				return isInternal(type.getPackageName()) && !isIn(type.getPackageName(), ownInternalPackages);
			}
		};
		return noClasses().should().dependOnClassesThat(foreignInternal).allowEmptyShould(true);
	}

	/**
	 * Only the facade of the API depends on {@code dev.migrate.internal}: the rest of the
	 * API is plain values, interfaces and exceptions that the engine uses, never the
	 * other way round.
	 */
	public static ArchRule apiBelowEngine() {
		return noClasses().that(inPackages(CORE_API_PACKAGES))
			.and()
			.doNotHaveFullyQualifiedName(FACADE)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(INTERNAL + "..")
			.allowEmptyShould(true);
	}

	/**
	 * The engine's top-level internal packages ({@code dev.migrate.internal.graph},
	 * {@code .runtime}, ... each with its subpackages) and the API as one layer form no
	 * cycle, the facade's own dependencies aside.
	 */
	public static ArchRule noPackageCycles() {
		return slices().assignedFrom(new SliceAssignment() {
			@Override
			public SliceIdentifier getIdentifierOf(JavaClass type) {
				String name = type.getPackageName();
				if (type.getFullName().equals(FACADE) || type.getFullName().startsWith(FACADE + "$")) {
					return SliceIdentifier.ignore();
				}
				if (isInternal(name)) {
					String rest = name.substring(INTERNAL.length() + 1);
					int dot = rest.indexOf('.');
					return SliceIdentifier.of("internal." + ((dot < 0) ? rest : rest.substring(0, dot)));
				}
				if (CORE_API_PACKAGES.contains(name)) {
					return SliceIdentifier.of("api");
				}
				return SliceIdentifier.ignore();
			}

			@Override
			public String getDescription() {
				return "the API and the top-level packages of " + INTERNAL;
			}
		}).should().beFreeOfCycles();
	}

	/**
	 * Every package of the module declares {@code @NullMarked} in its
	 * {@code package-info.java}: a new package without it would silently leave its
	 * nullness unspecified, so NullAway and users' tools would assume nothing. Reports
	 * each offending package once.
	 */
	public static ArchRule everyPackageNullMarked() {
		return classes().should(new ArchCondition<>("reside in a package annotated @" + NULL_MARKED) {

			private final Set<String> reported = new HashSet<>();

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				JavaPackage owner = type.getPackage();
				if (!owner.isAnnotatedWith(NULL_MARKED) && this.reported.add(owner.getName())) {
					events.add(SimpleConditionEvent.violated(type, "package " + owner.getName()
							+ " is not @NullMarked: add package-info.java with @" + NULL_MARKED));
				}
			}
		}).allowEmptyShould(true);
	}

	private static List<String> leaks(JavaClass type) {
		List<String> leaks = new ArrayList<>();
		for (JavaType supertype : supertypes(type)) {
			addLeaks(leaks, type.getName() + " extends/implements", supertype);
		}
		for (JavaField field : type.getFields()) {
			if (visible(field.getModifiers())) {
				addLeaks(leaks, field.getFullName(), field.getType());
			}
		}
		for (JavaCodeUnit unit : type.getCodeUnits()) {
			if (!visible(unit.getModifiers()) || unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
				continue;
			}
			addLeaks(leaks, unit.getFullName() + " returns", unit.getReturnType());
			for (JavaType parameter : unit.getParameterTypes()) {
				addLeaks(leaks, unit.getFullName() + " takes", parameter);
			}
			for (JavaClass thrown : unit.getThrowsClause().getTypes()) {
				addLeaks(leaks, unit.getFullName() + " throws", thrown);
			}
		}
		return leaks;
	}

	private static List<JavaType> supertypes(JavaClass type) {
		List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
		type.getSuperclass().ifPresent(supertypes::add);
		return supertypes;
	}

	private static void addLeaks(List<String> leaks, String where, JavaType used) {
		for (JavaClass involved : used.getAllInvolvedRawTypes()) {
			if (isInternal(involved.getPackageName())) {
				leaks.add(where + " " + involved.getName() + " (internal)");
			}
		}
	}

	private static boolean visible(Set<JavaModifier> modifiers) {
		return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
	}

	private static DescribedPredicate<JavaClass> publicIn(Set<String> packages) {
		return new DescribedPredicate<>("are public types in " + packages) {
			@Override
			public boolean test(JavaClass type) {
				return packages.contains(type.getPackageName()) && type.getModifiers().contains(JavaModifier.PUBLIC)
						&& visibleEnclosure(type);
			}
		};
	}

	private static boolean visibleEnclosure(JavaClass type) {
		return type.getEnclosingClass()
			.map((outer) -> outer.getModifiers().contains(JavaModifier.PUBLIC) && visibleEnclosure(outer))
			.orElse(true);
	}

	private static DescribedPredicate<JavaClass> inPackages(Set<String> packages) {
		return new DescribedPredicate<>("are in " + packages) {
			@Override
			public boolean test(JavaClass type) {
				return packages.contains(type.getPackageName());
			}
		};
	}

	private static boolean isInternal(String packageName) {
		return packageName.equals(INTERNAL) || packageName.startsWith(INTERNAL + ".");
	}

	private static boolean isIn(String packageName, String... packages) {
		for (String candidate : packages) {
			if (packageName.equals(candidate) || packageName.startsWith(candidate + ".")) {
				return true;
			}
		}
		return false;
	}

}
