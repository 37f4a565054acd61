package dev.migrate.reliability;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.result.UpgradeResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A separate JVM that runs {@code migrate upgrade TARGET} like a replica or a migration
 * Job would. Arguments: url user password revisions-directory target go-file. It loads
 * the revisions, connects once (so that JVM start-up does not decide the race), prints
 * {@code ready}, waits for the go-file, upgrades, prints {@code applied <n>} and exits 0,
 * or prints the error and exits 1.
 */
public final class SoakProcess {

	private SoakProcess() {
	}

	public static void main(String[] args) throws Exception {
		MigrateConfig config = MigrateConfig.builder()
			.url(args[0])
			.user(args[1])
			.password(args[2])
			.locations("filesystem:" + args[3])
			.lockTimeout(Duration.ofSeconds(5))
			.lockWaitTimeout(Duration.ofSeconds(120))
			.build();
		Migrate migrate = Migrate.create(config);
		migrate.current();
		System.out.println("ready");
		System.out.flush();
		Path go = Path.of(args[5]);
		while (!Files.exists(go)) {
			Thread.sleep(5);
		}
		try {
			UpgradeResult result = migrate.upgrade(args[4]);
			System.out.println("applied " + result.applied().size());
			System.out.flush();
			System.exit(0);
		}
		catch (RuntimeException ex) {
			System.out.println("error " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
			System.out.flush();
			System.exit(1);
		}
	}

	/**
	 * Starts this class in a new JVM on the test class path, its output going to
	 * {@code log}.
	 */
	static Process start(File log, String... args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
						SoakProcess.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

}
