package dev.migrate.internal.fleet;

import dev.migrate.FleetTargets;
import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateFleet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A separate JVM running a fleet upgrade, for the kill -9 test. Arguments: url user
 * password fixture parallelism schema....
 */
public final class FleetProcess {

	private FleetProcess() {
	}

	public static void main(String[] args) {
		MigrateConfig config = MigrateConfig.builder()
			.url(args[0])
			.user(args[1])
			.password(args[2])
			.locations("classpath:runtime-revisions/" + args[3])
			.connectRetries(0)
			.build();
		MigrateFleet fleet = MigrateFleet.builder(Migrate.create(config))
			.targets(FleetTargets.schemas(Arrays.asList(args).subList(5, args.length)))
			.parallelism(Integer.parseInt(args[4]))
			.build();
		System.out.println(fleet.upgrade(Migrate.HEADS).counts());
	}

	static Process start(String... args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-cp", System.getProperty("java.class.path"), FleetProcess.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

}
