package dev.migrate.cli.launcher;

import dev.migrate.cli.MigrateCli;
import dev.migrate.SecretMasker;
import java.io.PrintStream;

/**
 * Entry point of {@code migrate.jar}:
 * {@code java -jar migrate.jar [OPTIONS] COMMAND [ARGS]}. Runs one command with settings
 * from the arguments and the environment and exits with its code.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		if (java.util.List.of(args).contains("--debug")) {
			// Before the first logger exists: warnings show their stack traces only at
			// debug level.
			System.setProperty("org.slf4j.simpleLogger.log.dev.migrate", "debug");
		}
		SecretMasker masker = new SecretMasker();
		PrintStream out = System.out;
		PrintStream err = System.err;
		// Masked streams installed as System.out/err before anything logs, so log lines
		// (slf4j-simple
		// writes to the current System.err) are masked with the passwords the CLI
		// registers. The CLI
		// gets the plain streams: it masks its own output, and leaves usage text (no
		// secrets) as written.
		System.setOut(masker.maskedStream(out));
		System.setErr(masker.maskedStream(err));
		int code = MigrateCli.standalone(masker).run(args, out, err, System.getenv());
		System.out.flush();
		System.err.flush();
		System.exit(code);
	}

}
