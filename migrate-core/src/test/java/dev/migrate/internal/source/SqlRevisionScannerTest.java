package dev.migrate.internal.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.Transactional;
import dev.migrate.internal.revision.RevisionScript;
import dev.migrate.result.SourceLocation;
import dev.migrate.internal.source.RevisionLocationException.Problem;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlRevisionScannerTest {

	private static final String SCAN = "dev/migrate/internal/source/scan";

	private static String revision(String id, String parent) {
		return "-- revision: " + id + "\n" + (parent == null ? "" : "-- revises: " + parent + "\n")
				+ "\n-- migrate:upgrade\nSELECT '" + id + "';\n-- migrate:downgrade\n";
	}

	private static List<RevisionScript> scan(ClassLoader loader, String location) {
		return new SqlRevisionScanner(loader).scan(RevisionLocation.parse(location));
	}

	@Nested
	class ClasspathDirectories {

		@Test
		void findsSqlFilesRecursivelyInPathOrderAndNamesThemByClasspathPath() {
			List<RevisionScript> scripts = scan(getClass().getClassLoader(), "classpath:" + SCAN);

			assertThat(scripts)
				.extracting(RevisionScript::id, s -> s.location().toString(), RevisionScript::transactional)
				.containsExactly(
						tuple("a1b2c3d4e5f6", "classpath:" + SCAN + "/a1b2c3d4e5f6_create_users.sql:1",
								Transactional.TRUE),
						tuple("b2c3d4e5f6a1", "classpath:" + SCAN + "/sub/b2c3d4e5f6a1_add_email.sql:1",
								Transactional.TRUE),
						tuple("c3d4e5f6a1b2", "classpath:" + SCAN + "/sub/deeper/c3d4e5f6a1b2_index_names.sql:1",
								Transactional.FALSE));
			SqlMigration addEmail = (SqlMigration) scripts.get(1).migration();
			assertThat(addEmail.upgradeStatements()).extracting(s -> s.location().toString())
				.containsExactly("classpath:" + SCAN + "/sub/b2c3d4e5f6a1_add_email.sql:6",
						"classpath:" + SCAN + "/sub/b2c3d4e5f6a1_add_email.sql:7");
			assertThat(scripts.get(2).downgradable()).isFalse();
		}

		@Test
		void aMissingClasspathLocationHasNoRevisions() {
			assertThat(scan(getClass().getClassLoader(), "classpath:db/does/not/exist")).isEmpty();
		}

		@Test
		void aClasspathLocationThatIsAFileIsAnError() {
			assertThatThrownBy(() -> scan(getClass().getClassLoader(), SCAN + "/README.md")).isInstanceOfSatisfying(
					RevisionLocationException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_DIRECTORY));
		}

		@Test
		void parseErrorsNameTheClasspathFile() {
			assertThatThrownBy(() -> scan(getClass().getClassLoader(), "dev/migrate/internal/source/broken"))
				.isInstanceOfSatisfying(RevisionFileException.class,
						e -> assertThat(e.location()).isEqualTo(new SourceLocation(
								"classpath:dev/migrate/internal/source/broken/d4e5f6a1b2c3_broken.sql", 2)))
				.hasMessageContaining("did you mean 'revises'?");
		}

	}

	@Nested
	class Jars {

		@TempDir
		Path temp;

		@Test
		void findsSqlFilesRecursivelyInAJar() throws Exception {
			Path jar = TestJars.jar(temp.resolve("app.jar"),
					Map.of("db/jarred/bbbb_second.sql", revision("bbbb", "aaaa").getBytes(UTF_8),
							"db/jarred/aaaa_first.sql", revision("aaaa", null).getBytes(UTF_8),
							"db/jarred/nested/cccc_third.sql", revision("cccc", "bbbb").getBytes(UTF_8),
							"db/jarred/notes.txt", "not a revision".getBytes(UTF_8),
							"db/jarred/.hidden/eeee_hidden.sql", "ignored".getBytes(UTF_8),
							"db/jarredness/dddd_other.sql", revision("dddd", null).getBytes(UTF_8)));

			try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
				assertThat(scan(loader, "classpath:db/jarred")).extracting(RevisionScript::id, s -> s.location().file())
					.containsExactly(tuple("aaaa", "classpath:db/jarred/aaaa_first.sql"),
							tuple("bbbb", "classpath:db/jarred/bbbb_second.sql"),
							tuple("cccc", "classpath:db/jarred/nested/cccc_third.sql"));
				assertThat(scan(loader, "db/absent")).isEmpty();
			}
		}

		@Test
		void theSamePathInSeveralRootsIsNamedByFullUrl() throws Exception {
			Path first = TestJars.jar(temp.resolve("first.jar"),
					Map.of("db/revisions/aaaa_first.sql", revision("aaaa", null).getBytes(UTF_8),
							"db/revisions/bbbb_only_here.sql", revision("bbbb", null).getBytes(UTF_8)));
			Path directory = Files.createDirectories(temp.resolve("classes/db/revisions"));
			Files.writeString(directory.resolve("aaaa_first.sql"), revision("aaaa", "zzzz"));

			URL[] roots = { temp.resolve("classes").toUri().toURL(), first.toUri().toURL() };
			try (URLClassLoader loader = new URLClassLoader(roots, null)) {
				List<RevisionScript> scripts = scan(loader, "classpath:db/revisions");

				assertThat(scripts).extracting(s -> s.location().file())
					.containsExactly(directory.resolve("aaaa_first.sql").toUri().toURL().toString(),
							"jar:" + first.toUri().toURL() + "!/db/revisions/aaaa_first.sql",
							"classpath:db/revisions/bbbb_only_here.sql");
				assertThat(scripts.get(0).parents()).containsExactly("zzzz");
				assertThat(scripts.get(1).parents()).isEmpty();
			}
		}

		@Test
		void readsAnyJarUrlConnectionLikeSpringBootNestedJars() throws Exception {
			// Spring Boot's nested jars expose BOOT-INF/classes/ as a jar of its own
			// through a JarURLConnection;
			// the scanner must rely on the connection's JarFile and entry, not on parsing
			// the URL.
			Path inner = TestJars.jar(temp.resolve("inner.jar"),
					Map.of("db/revisions/aaaa_first.sql", revision("aaaa", null).getBytes(UTF_8),
							"db/revisions/more/bbbb_second.sql", revision("bbbb", "aaaa").getBytes(UTF_8)));
			URL nestedRoot = new URL(null, "jar:file:/app.jar/!BOOT-INF/classes/!/db/revisions",
					new NestedJarHandler(inner));
			ClassLoader loader = new ClassLoader(null) {
				@Override
				public Enumeration<URL> getResources(String name) {
					return Collections.enumeration(name.equals("db/revisions") ? List.of(nestedRoot) : List.of());
				}
			};

			assertThat(scan(loader, "classpath:db/revisions")).extracting(RevisionScript::id, s -> s.location().file())
				.containsExactly(tuple("aaaa", "classpath:db/revisions/aaaa_first.sql"),
						tuple("bbbb", "classpath:db/revisions/more/bbbb_second.sql"));
		}

	}

	@Nested
	class FileSystem {

		@TempDir
		Path temp;

		@Test
		void findsSqlFilesRecursivelyInPathOrderAndNamesThemByTheConfiguredLocation() throws Exception {
			Files.createDirectories(temp.resolve("2024/06"));
			Files.writeString(temp.resolve("2024/06/bbbb_second.sql"), revision("bbbb", "aaaa"));
			Files.writeString(temp.resolve("aaaa_first.sql"), revision("aaaa", null));
			Files.writeString(temp.resolve("notes.md"), "not a revision");
			Files.writeString(temp.resolve(".cccc_backup.sql"), "hidden editor backup");

			List<RevisionScript> scripts = scan(getClass().getClassLoader(), "filesystem:" + temp + "/");

			assertThat(scripts).extracting(RevisionScript::id, s -> s.location().file())
				.containsExactly(tuple("bbbb", "filesystem:" + temp + "/2024/06/bbbb_second.sql"),
						tuple("aaaa", "filesystem:" + temp + "/aaaa_first.sql"));
		}

		@Test
		void readsAKubernetesConfigMapVolumeOnce() throws Exception {
			// kubelet layout: each file is a link into ..data, which links to a hidden
			// timestamped directory.
			Path version = Files.createDirectories(temp.resolve("..2024_06_01_12_00_00.123"));
			Files.writeString(version.resolve("aaaa_first.sql"), revision("aaaa", null));
			Files.writeString(version.resolve("bbbb_second.sql"), revision("bbbb", "aaaa"));
			Files.createSymbolicLink(temp.resolve("..data"), version.getFileName());
			Files.createSymbolicLink(temp.resolve("aaaa_first.sql"), Path.of("..data/aaaa_first.sql"));
			Files.createSymbolicLink(temp.resolve("bbbb_second.sql"), Path.of("..data/bbbb_second.sql"));

			assertThat(scan(getClass().getClassLoader(), "filesystem:" + temp)).extracting(RevisionScript::id)
				.containsExactly("aaaa", "bbbb");
		}

		@Test
		void anUppercaseSuffixIsReportedNotSkipped() throws Exception {
			Files.writeString(temp.resolve("aaaa_first.sql"), revision("aaaa", null));
			Files.writeString(temp.resolve("bbbb_second.SQL"), revision("bbbb", "aaaa"));

			assertThatThrownBy(() -> scan(getClass().getClassLoader(), "filesystem:" + temp))
				.isInstanceOfSatisfying(RevisionLocationException.class,
						e -> assertThat(e.problem()).isEqualTo(Problem.NOT_READ_AS_REVISION))
				.hasMessageContaining("bbbb_second.SQL ends in '.SQL', not '.sql'")
				.hasMessageContaining("rename it");
		}

		@Test
		void aDanglingSymbolicLinkIsReportedNotSkipped() throws Exception {
			Files.writeString(temp.resolve("aaaa_first.sql"), revision("aaaa", null));
			Files.createSymbolicLink(temp.resolve("bbbb_second.sql"), temp.resolve("unmounted/bbbb_second.sql"));

			assertThatThrownBy(() -> scan(getClass().getClassLoader(), "filesystem:" + temp))
				.isInstanceOfSatisfying(RevisionLocationException.class,
						e -> assertThat(e.problem()).isEqualTo(Problem.NOT_READ_AS_REVISION))
				.hasMessageContaining("bbbb_second.sql is a symbolic link to "
						+ temp.resolve("unmounted/bbbb_second.sql") + ", which does not exist");
		}

		@Test
		void aBarePathIsReadFromDisk() throws Exception {
			Files.writeString(temp.resolve("aaaa_first.sql"), revision("aaaa", null));

			assertThat(scan(getClass().getClassLoader(), temp.toString())).extracting(RevisionScript::id)
				.containsExactly("aaaa");
		}

		@Test
		void aLinkBackUpIsReportedAsALoop() throws Exception {
			Path location = Files.createDirectories(temp.resolve("location/sub"));
			Files.writeString(location.resolve("aaaa_first.sql"), revision("aaaa", null));
			Files.createSymbolicLink(location.resolve("up"), temp.resolve("location"));

			assertThatThrownBy(() -> scan(getClass().getClassLoader(), "filesystem:" + temp.resolve("location")))
				.isInstanceOfSatisfying(RevisionLocationException.class,
						e -> assertThat(e.problem()).isEqualTo(Problem.UNREADABLE))
				.hasMessageContaining("symbolic links form a loop")
				.hasMessageContaining("up");
		}

		@Test
		void aDirectoryNamedLikeARevisionIsDescendedInto() throws Exception {
			Path odd = Files.createDirectories(temp.resolve("old.sql"));
			Files.writeString(odd.resolve("aaaa_first.sql"), revision("aaaa", null));

			assertThat(scan(getClass().getClassLoader(), "filesystem:" + temp)).extracting(s -> s.location().file())
				.containsExactly("filesystem:" + temp + "/old.sql/aaaa_first.sql");
		}

		@Test
		void followsLinkedDirectories() throws Exception {
			Path shared = Files.createDirectories(temp.resolve("shared"));
			Files.writeString(shared.resolve("aaaa_first.sql"), revision("aaaa", null));
			Path location = Files.createDirectories(temp.resolve("location"));
			Files.createSymbolicLink(location.resolve("linked"), shared);

			assertThat(scan(getClass().getClassLoader(), "filesystem:" + location)).extracting(s -> s.location().file())
				.containsExactly("filesystem:" + location + "/linked/aaaa_first.sql");
		}

		@Test
		void aMissingDirectoryIsAnError() {
			String location = "filesystem:" + temp.resolve("typo");
			assertThatThrownBy(() -> scan(getClass().getClassLoader(), location))
				.isInstanceOfSatisfying(RevisionLocationException.class, e -> {
					assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
					assertThat(e.location().file()).isEqualTo(location);
				})
				.hasMessageContaining("does not exist");
		}

		@Test
		void aFileIsNotADirectory() throws Exception {
			Path file = Files.writeString(temp.resolve("aaaa_first.sql"), revision("aaaa", null));
			assertThatThrownBy(() -> scan(getClass().getClassLoader(), "filesystem:" + file)).isInstanceOfSatisfying(
					RevisionLocationException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_DIRECTORY));
		}

		@Test
		void invalidUtf8IsReportedWithItsLine() throws Exception {
			byte[] header = "-- revision: aaaa\n-- migrate:upgrade\nSELECT '".getBytes(UTF_8);
			byte[] content = new byte[header.length + 3];
			System.arraycopy(header, 0, content, 0, header.length);
			content[header.length] = (byte) 0xC3; // a two-byte sequence cut short
			content[header.length + 1] = '\'';
			content[header.length + 2] = ';';
			Files.write(temp.resolve("aaaa_latin1.sql"), content);

			assertThatThrownBy(() -> scan(getClass().getClassLoader(), "filesystem:" + temp))
				.isInstanceOfSatisfying(RevisionLocationException.class, e -> {
					assertThat(e.problem()).isEqualTo(Problem.NOT_UTF8);
					assertThat(e.location())
						.isEqualTo(new SourceLocation("filesystem:" + temp + "/aaaa_latin1.sql", 3));
				})
				.hasMessageContaining("save it as UTF-8");
		}

		@Test
		void aByteOrderMarkAndWindowsLineEndingsAreFine() throws Exception {
			Files.writeString(temp.resolve("aaaa_first.sql"), "\uFEFF" + revision("aaaa", null).replace("\n", "\r\n"));

			RevisionScript script = scan(getClass().getClassLoader(), "filesystem:" + temp).get(0);

			assertThat(script.id()).isEqualTo("aaaa");
			assertThat(script.checksum()).isEqualTo(SqlRevisionParser.checksum(revision("aaaa", null)));
		}

	}

	/**
	 * Opens {@code jar:} URLs onto one fixed jar, whose entries are named relative to the
	 * URL's directory.
	 */
	private static final class NestedJarHandler extends URLStreamHandler {

		private final Path jar;

		NestedJarHandler(Path jar) {
			this.jar = jar;
		}

		@Override
		protected URLConnection openConnection(URL url) throws IOException {
			return new JarURLConnection(url) {
				private JarFile file;

				@Override
				public void connect() throws IOException {
					if (file == null) {
						file = new JarFile(jar.toFile());
						connected = true;
					}
				}

				@Override
				public JarFile getJarFile() throws IOException {
					connect();
					return file;
				}

				@Override
				public JarEntry getJarEntry() throws IOException {
					connect();
					return file.getJarEntry(getEntryName());
				}
			};
		}

	}

}
