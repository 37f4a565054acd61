package dev.migrate.autoconfigure.aot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.TestEngines;
import dev.migrate.autoconfigure.aot.revisions.AddIndex;
import dev.migrate.autoconfigure.aot.revisions.SeedRoles;
import dev.migrate.autoconfigure.endpoint.AppliedRevisionDescriptor;
import dev.migrate.autoconfigure.endpoint.EngineDescriptor;
import dev.migrate.autoconfigure.endpoint.EnginesDescriptor;
import dev.migrate.autoconfigure.endpoint.PendingRevisionDescriptor;
import dev.migrate.autoconfigure.fleet.FleetDescriptor;
import dev.migrate.autoconfigure.jpa.DriftEnginesDescriptor;
import dev.migrate.autoconfigure.lint.LintEnginesDescriptor;
import dev.migrate.autoconfigure.lint.LintFindingDescriptor;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.javapoet.ClassName;
import java.util.Map;

/**
 * The hints a native image of an application with migrate needs, checked with
 * {@link RuntimeHintsPredicates}: the static ones, and those the AOT processor derives
 * from an application's own settings and revisions while {@code process-aot} runs.
 */
class MigrateRuntimeHintsTests {

	@Test
	void registersTheDefaultLocationTheEndpointBodiesAndTheDriver() {
		RuntimeHints hints = new RuntimeHints();
		new MigrateRuntimeHints().registerHints(hints, getClass().getClassLoader());
		// The directory itself: the engine lists it with ClassLoader.getResources.
		assertThat(RuntimeHintsPredicates.resource().forResource("db/revisions")).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/revisions/1a2b3c4d5e6f_create_users.sql"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/revisions/nested/1a_x.sql")).accepts(hints);
		for (Class<?> body : new Class<?>[] { EnginesDescriptor.class, EngineDescriptor.class,
				PendingRevisionDescriptor.class, AppliedRevisionDescriptor.class, FleetDescriptor.class,
				DriftEnginesDescriptor.class, LintEnginesDescriptor.class, LintFindingDescriptor.class }) {
			assertThat(RuntimeHintsPredicates.reflection().onType(body)).as(body.getName()).accepts(hints);
		}
		// Jackson reads the records' accessors.
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(PendingRevisionDescriptor.class, "revision"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(AppliedRevisionDescriptor.class, "appliedAt"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(TypeReference.of("org.postgresql.Driver"))
			.withMemberCategory(MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/other/1a_x.sql")).rejects(hints);
	}

	@Test
	void isRegisteredForAotProcessing() {
		assertThat(AotServices.factories().load(RuntimeHintsRegistrar.class))
			.hasAtLeastOneElementOfType(MigrateRuntimeHints.class);
	}

	@Test
	void processAotRegistersTheApplicationsLocationsAndJavaRevisions() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test",
					Map.of("migrate.mode", "none", "migrate.locations", "classpath:db/revisions,classpath:/db/billing/",
							"migrate.packages", "dev.migrate.autoconfigure.aot.revisions")));
		AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
		context.registerBean(Application.class);
		DefaultGenerationContext generation = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get("com.example", "Application")), new InMemoryGeneratedFiles());
		new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
		RuntimeHints hints = generation.getRuntimeHints();
		assertThat(RuntimeHintsPredicates.resource().forResource("db/billing")).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("db/billing/9f8e7d6c5b4a_create_invoices.sql"))
			.accepts(hints);
		// Found through migrate.packages: instantiated by reflection, class file read for
		// the
		// checksum.
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(AddIndex.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource(TypeReference.of(AddIndex.class), "AddIndex.class"))
			.accepts(hints);
		// A revision bean: its class file read for the checksum, @Revision read.
		assertThat(RuntimeHintsPredicates.reflection().onType(SeedRoles.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource(TypeReference.of(SeedRoles.class), "SeedRoles.class"))
			.accepts(hints);
		// The registrar's static hints come with the auto-configuration.
		assertThat(RuntimeHintsPredicates.resource().forResource("db/revisions/1a2b3c4d5e6f_create_users.sql"))
			.accepts(hints);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(MigrateAutoConfiguration.class)
	static class Application {

		@Bean
		DataSource dataSource() {
			return TestEngines.unreachable("app");
		}

		@Bean
		SeedRoles seedRoles() {
			return new SeedRoles();
		}

	}

}
