package dev.migrate.internal.command;

import dev.migrate.result.UpgradeResult;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A separate JVM running {@code upgrade heads}, for the multi-process race and kill -9
 * tests. Arguments: url user password fixture [go-file]. With a go-file it prints
 * {@code ready} once the revisions are loaded and waits for the file to exist before
 * upgrading, so that all racers start together. Prints {@code applied <n>} and exits 0 on
 * success, prints the error and exits 1 otherwise.
 */
public final class UpgradeProcess {

	private UpgradeProcess() {
	}

	public static void main(String[] args) throws Exception {
		MigrateConfig config = MigrateConfig.builder()
			.url(args[0])
			.user(args[1])
			.password(args[2])
			.locations("classpath:runtime-revisions/" + args[3])
			.lockWaitTimeout(Duration.ofSeconds(60))
			.build();
		Migrate migrate = Migrate.create(config);
		if (args.length > 4) {
			Path go = Path.of(args[4]);
			// Connect once first so that driver loading and JIT warm-up do not hand the
			// race to the threads.
			migrate.current();
			System.out.println("ready");
			System.out.flush();
			while (!Files.exists(go)) {
				Thread.sleep(5);
			}
		}
		try {
			UpgradeResult result = migrate.upgrade();
			System.out.println("applied " + result.applied().size());
			System.exit(0);
		}
		catch (RuntimeException ex) {
			ex.printStackTrace(System.out);
			System.exit(1);
		}
	}

	/** Starts this class in a new JVM with the test class path. */
	static Process start(String... args) throws Exception {
		java.util.List<String> command = new java.util.ArrayList<>(
				java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						UpgradeProcess.class.getName()));
		command.addAll(java.util.List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

}
