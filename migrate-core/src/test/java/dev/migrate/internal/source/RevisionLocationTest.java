package dev.migrate.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.internal.source.RevisionLocation.Kind;
import dev.migrate.internal.source.RevisionLocationException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionLocationTest {

	@Test
	void withoutPrefixALocationIsOnTheClasspath() {
		assertThat(RevisionLocation.parse("db/revisions"))
			.isEqualTo(new RevisionLocation(Kind.CLASSPATH, "db/revisions"));
	}

	@Test
	void normalizesClasspathSlashes() {
		assertThat(RevisionLocation.parse("classpath:/db/revisions/"))
			.isEqualTo(new RevisionLocation(Kind.CLASSPATH, "db/revisions"));
		assertThat(RevisionLocation.parse(" classpath: db/revisions ").toString()).isEqualTo("classpath:db/revisions");
	}

	@Test
	void keepsFilesystemPathsAsConfigured() {
		assertThat(RevisionLocation.parse("filesystem:./revisions/"))
			.isEqualTo(new RevisionLocation(Kind.FILESYSTEM, "./revisions/"));
		assertThat(RevisionLocation.parse("FileSystem:/etc/app").toString()).isEqualTo("filesystem:/etc/app");
		assertThat(RevisionLocation.parse("filesystem:C:\\app\\revisions").path()).isEqualTo("C:\\app\\revisions");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "file:/etc/app", "classpath*:db/revisions", "s3://bucket/revisions", "C:\\app\\revisions" })
	void rejectsUnknownPrefixes(String location) {
		assertThatThrownBy(() -> RevisionLocation.parse(location))
			.isInstanceOfSatisfying(RevisionLocationException.class, e -> {
				assertThat(e.problem()).isEqualTo(Problem.INVALID_LOCATION);
				assertThat(e.location().file()).isEqualTo(location);
			})
			.hasMessageContaining("unknown location prefix")
			.hasMessageContaining("'filesystem:'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/etc/app/revisions", "./revisions", "../shared/revisions", " /srv/revisions/ " })
	void aBarePathOnDiskIsAFilesystemLocation(String location) {
		RevisionLocation parsed = RevisionLocation.parse(location);
		assertThat(parsed.kind()).isEqualTo(RevisionLocation.Kind.FILESYSTEM);
		assertThat(parsed.path()).isEqualTo(location.strip());
	}

	@Test
	void suggestsTheFilesystemPrefixForWindowsPaths() {
		assertThatThrownBy(() -> RevisionLocation.parse("C:\\app\\revisions"))
			.hasMessageContaining("for example filesystem:C:\\app\\revisions");
	}

	@ParameterizedTest
	@ValueSource(strings = { "classpath:", "classpath:/", "", "filesystem:", "filesystem:  " })
	void rejectsEmptyPaths(String location) {
		assertThatThrownBy(() -> RevisionLocation.parse(location)).isInstanceOfSatisfying(
				RevisionLocationException.class, e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_LOCATION));
	}

}
