package dev.migrate.autoconfigure.jpa;

import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.beanvalidation.BeanValidationIntegrator;
import org.hibernate.boot.beanvalidation.ValidationMode;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.ValidationSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;

/**
 * Applies Bean Validation constraints to the boot metadata as Hibernate does when it
 * builds the session factory: {@code @NotNull}/{@code @NotEmpty}/{@code @NotBlank} make
 * columns NOT NULL, {@code @Size(max)} and {@code @Length(max)} set varchar lengths,
 * {@code @Digits} numeric precision and scale, {@code @Min}/{@code @Max} add checks.
 *
 * <p>
 * The constraints are applied by Hibernate's own code
 * ({@code TypeSafeActivator.applyRelationalConstraints}, the method its
 * {@code BeanValidationIntegrator} calls), so the model follows whatever rules the
 * Hibernate version on the class path has, under the same settings:
 * {@code jakarta.persistence.validation.mode} ({@code auto} by default: applied when a
 * Bean Validation provider is present; {@code ddl}: required; {@code callback} or
 * {@code none}: not applied), {@code hibernate.validator.apply_to_ddl} (default
 * {@code true}), {@code jakarta.persistence.validation.factory} and the DDL validation
 * groups.
 */
final class BeanValidationDdl {

	private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

	private static final String API = "jakarta.validation.Validation";

	private BeanValidationDdl() {
	}

	static void apply(MetadataImplementor metadata, StandardServiceRegistry registry) {
		Map<String, Object> settings = registry.requireService(ConfigurationService.class).getSettings();
		Object modeSetting = settings.getOrDefault(ValidationSettings.JAKARTA_VALIDATION_MODE,
				settings.get(ValidationSettings.JPA_VALIDATION_MODE));
		Set<ValidationMode> modes = ValidationMode.getModes(modeSetting);
		boolean required = modes.contains(ValidationMode.DDL);
		if (modes.contains(ValidationMode.NONE) || (!required && !modes.contains(ValidationMode.AUTO)) || !Boolean
			.parseBoolean(String.valueOf(settings.getOrDefault(BeanValidationIntegrator.APPLY_CONSTRAINTS, "true")))) {
			return;
		}
		ClassLoaderService classLoaders = registry.requireService(ClassLoaderService.class);
		if (!isPresent(classLoaders)) {
			if (required) {
				throw new IllegalStateException("jakarta.persistence.validation.mode is 'ddl' but the Bean Validation "
						+ "API is not on the class path; add spring-boot-starter-validation or change the mode");
			}
			return;
		}
		Constraints.apply(metadata, settings, new ClassLoaderAccessImpl(classLoaders), required);
	}

	private static boolean isPresent(ClassLoaderService classLoaders) {
		try {
			classLoaders.classForName(API);
			return true;
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * Everything that touches the Bean Validation API, loaded only when it is present.
	 */
	private static final class Constraints {

		static void apply(MetadataImplementor metadata, Map<String, Object> settings, ClassLoaderAccess classLoaders,
				boolean required) {
			Object supplied = settings.getOrDefault(ValidationSettings.JAKARTA_VALIDATION_FACTORY,
					settings.get(ValidationSettings.JPA_VALIDATION_FACTORY));
			if (supplied instanceof ValidatorFactory factory) {
				applyWith(factory, metadata, settings, classLoaders);
				return;
			}
			ValidatorFactory factory;
			try {
				factory = Validation.buildDefaultValidatorFactory();
			}
			catch (ValidationException ex) {
				// Hibernate skips Bean Validation in auto mode when no provider is
				// available.
				if (required) {
					throw new IllegalStateException(
							"jakarta.persistence.validation.mode is 'ddl' but no Bean Validation "
									+ "provider could be started: " + ex.getMessage(),
							ex);
				}
				return;
			}
			try (factory) {
				applyWith(factory, metadata, settings, classLoaders);
			}
		}

		private static void applyWith(ValidatorFactory factory, MetadataImplementor metadata,
				Map<String, Object> settings, ClassLoaderAccess classLoaders) {
			Method method;
			try {
				method = Class.forName(ACTIVATOR, true, Dialect.class.getClassLoader())
					.getMethod("applyRelationalConstraints", ValidatorFactory.class, Collection.class, Map.class,
							Dialect.class, ClassLoaderAccess.class);
				method.setAccessible(true);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				throw new IllegalStateException("This Hibernate version has no " + ACTIVATOR
						+ ".applyRelationalConstraints, which migrate calls to apply Bean Validation constraints "
						+ "as Hibernate's DDL does; set jakarta.persistence.validation.mode=callback to leave them "
						+ "out, or report the Hibernate version to migrate", ex);
			}
			try {
				method.invoke(null, factory, metadata.getEntityBindings(), settings,
						metadata.getDatabase().getDialect(), classLoaders);
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException("Cannot call " + ACTIVATOR + ".applyRelationalConstraints", ex);
			}
			catch (InvocationTargetException ex) {
				Throwable cause = ex.getCause();
				throw (cause instanceof RuntimeException runtime) ? runtime : new IllegalStateException(cause);
			}
		}

	}

}
