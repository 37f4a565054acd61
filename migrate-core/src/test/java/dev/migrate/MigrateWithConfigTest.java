package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URLClassLoader;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * {@link Migrate#withConfig}: an engine on the same revisions with other settings, and
 * only on the same revisions.
 */
class MigrateWithConfigTest {

	private static final String REVISIONS = "classpath:db/realistic";

	private final Migrate engine = Migrate.create(MigrateConfig.builder().locations(REVISIONS).build());

	@Test
	void keepsTheRevisionsAndTakesTheOtherSettings() {
		Migrate other = this.engine.withConfig(MigrateConfig.builder()
			.locations(REVISIONS)
			.url("jdbc:postgresql://localhost/other")
			.schema("tenant_1")
			.build());
		assertThat(other.heads()).isEqualTo(this.engine.heads());
		assertThat(other).isNotSameAs(this.engine);
	}

	@Test
	void refusesSettingsThatChooseOtherRevisions() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.engine.withConfig(MigrateConfig.builder().locations("classpath:db/other").build()))
			.withMessageContaining("locations differ")
			.withMessageContaining("Migrate.create");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.engine
				.withConfig(MigrateConfig.builder().locations(REVISIONS).packages("com.example.revisions").build()))
			.withMessageContaining("packages differ");
		try (URLClassLoader classLoader = new URLClassLoader(new URL[0], getClass().getClassLoader())) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> this.engine
					.withConfig(MigrateConfig.builder().locations(REVISIONS).classLoader(classLoader).build()))
				.withMessageContaining("class loader differ");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
