package dev.migrate.internal.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.FleetTarget;
import dev.migrate.MigrateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetFileTest {

	@TempDir
	Path dir;

	@Test
	void readsSchemasUrlsNamesAndLabels() throws Exception {
		Path file = dir.resolve("targets.txt");
		Files.writeString(file, """
				# tenants
				tenant_001 labels=canary,eu

				jdbc:postgresql://db2:5432/app tenant_417
				jdbc:postgresql://db3:5432/acme?sslmode=require name=acme
				""");
		List<FleetTarget> targets = TargetFile.read(file);
		assertThat(targets).extracting(FleetTarget::name)
			.containsExactly("tenant_001", "db2:5432/app/tenant_417", "acme");
		assertThat(targets.get(0).labels()).containsExactly("canary", "eu");
		assertThat(targets.get(1).url()).isEqualTo("jdbc:postgresql://db2:5432/app");
		assertThat(targets.get(1).schema()).isEqualTo("tenant_417");
		assertThat(targets.get(2).schema()).isNull();
	}

	@Test
	void badLineNamesFileAndLine() throws Exception {
		Path file = dir.resolve("targets.txt");
		Files.writeString(file, "tenant_1\ntenant_2 tenant_3\n");
		assertThatThrownBy(() -> TargetFile.read(file)).isInstanceOf(MigrateException.class)
			.hasMessageContaining("targets.txt:2")
			.hasMessageContaining("two values for the schema");
	}

	@Test
	void databaseNameWithoutSchemaNamesTheTarget() {
		assertThat(TargetNames.defaultName("jdbc:postgresql://user:pw@db3:5432/acme", null)).isEqualTo("db3:5432/acme");
	}

}
