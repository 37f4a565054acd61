package dev.migrate.internal.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.internal.source.fixtures.valid.CreateAccounts;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionLoaderTest {

	private static final String SCAN = "classpath:dev/migrate/internal/source/scan";

	private static final String VALID = "dev.migrate.internal.source.fixtures.valid";

	@Revision(id = "bean0001", revises = "java0005", message = "a Spring bean")
	static final class BeanRevision implements Migration {

		@Override
		public void upgrade(Operations op) {
		}

	}

	@Revision(id = "a1b2c3d4e5f6", message = "same id as a SQL file")
	static final class ClashingRevision implements Migration {

		@Override
		public void upgrade(Operations op) {
		}

	}

	@Test
	void loadsSqlFilesThenScannedClassesThenInstances() {
		BeanRevision bean = new BeanRevision();

		List<RevisionScript> scripts = RevisionLoader.builder()
			.locations(SCAN)
			.packages(VALID)
			.migrations(List.of(bean))
			.classLoader(getClass().getClassLoader())
			.build()
			.load();

		assertThat(scripts).extracting(RevisionScript::id)
			.containsExactly("a1b2c3d4e5f6", "b2c3d4e5f6a1", "c3d4e5f6a1b2", "java0002", "java0001", "java0005",
					"java0004", "java0003", "bean0001");
		assertThat(scripts.get(8).migration()).isSameAs(bean);
		assertThat(scripts.get(0).migration()).isInstanceOf(SqlMigration.class);
	}

	@Test
	void anInstanceReplacesTheScannedCopyOfItsClass() {
		CreateAccounts bean = new CreateAccounts();

		List<RevisionScript> scripts = RevisionLoader.builder()
			.locations(List.of())
			.packages(VALID)
			.migrations(List.of(bean))
			.build()
			.load();

		assertThat(scripts).extracting(RevisionScript::id)
			.containsExactly("java0002", "java0005", "java0004", "java0003", "java0001");
		assertThat(scripts.get(4).migration()).isSameAs(bean);
	}

	@Test
	void readsTheSameLocationAndPackageOnlyOnce() {
		List<RevisionScript> scripts = RevisionLoader.builder()
			.locations(SCAN, "dev/migrate/internal/source/scan/", "classpath:/dev/migrate/internal/source/scan")
			.packages(VALID, VALID, VALID + ".sub")
			.build()
			.load();

		assertThat(scripts).hasSize(3 + 5);
	}

	@Test
	void keepsDuplicateIdsWithTheirOwnLocationsForTheGraphToReport() {
		List<RevisionScript> scripts = RevisionLoader.builder()
			.locations(SCAN)
			.migrations(List.of(new ClashingRevision()))
			.build()
			.load();

		assertThat(scripts).filteredOn(s -> s.id().equals("a1b2c3d4e5f6"))
			.extracting(s -> s.location().toString())
			.containsExactly(SCAN + "/a1b2c3d4e5f6_create_users.sql:1", "class " + ClashingRevision.class.getName());
	}

	@Test
	void theDefaultLocationMayBeAbsent() throws Exception {
		try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
			assertThat(RevisionLoader.builder().classLoader(empty).build().load()).isEmpty();
		}
	}

	@Test
	void theDefaultLocationIsClasspathDbRevisions(@TempDir Path temp) throws Exception {
		Path jar = TestJars.jar(temp.resolve("app.jar"), Map.of("db/revisions/aaaa_init.sql",
				"-- revision: aaaa\n-- migrate:upgrade\nSELECT 1;\n".getBytes(UTF_8)));
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			assertThat(RevisionLoader.builder().classLoader(loader).build().load())
				.extracting(s -> s.location().toString())
				.containsExactly("classpath:db/revisions/aaaa_init.sql:1");
		}
		assertThat(RevisionLoader.DEFAULT_LOCATION).isEqualTo("classpath:db/revisions");
	}

	@Test
	void aMissingFilesystemLocationIsAnError(@TempDir Path temp) {
		RevisionLoader loader = RevisionLoader.builder().locations("filesystem:" + temp.resolve("missing")).build();

		assertThatThrownBy(loader::load).isInstanceOfSatisfying(RevisionLocationException.class,
				e -> assertThat(e.problem()).isEqualTo(RevisionLocationException.Problem.NOT_FOUND));
	}

	@Test
	void errorsOfEverySourceShareOneSupertype() {
		assertThatThrownBy(() -> RevisionLoader.builder().locations("file:/x").build().load())
			.isInstanceOf(RevisionSourceException.class);
		assertThatThrownBy(
				() -> RevisionLoader.builder().locations("classpath:dev/migrate/internal/source/broken").build().load())
			.isInstanceOf(RevisionSourceException.class);
		assertThatThrownBy(() -> RevisionLoader.builder()
			.locations(List.of())
			.packages("dev.migrate.internal.source.fixtures.invalid.abstractclass")
			.build()
			.load()).isInstanceOf(RevisionSourceException.class);
		assertThatThrownBy(() -> RevisionLoader.builder()
			.locations(List.of())
			.packages("dev.migrate.internal.source.fixtures.invalid.failingconstructor")
			.build()
			.load()).isInstanceOf(RevisionSourceException.class);
	}

}
