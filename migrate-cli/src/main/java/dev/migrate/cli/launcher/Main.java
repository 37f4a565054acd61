package dev.migrate.cli.launcher;

import dev.migrate.cli.MigrateCli;
import dev.migrate.cli.SecretMasker;
import java.io.PrintStream;

/**
 * Entry point of {@code migrate.jar}: {@code java -jar migrate.jar [OPTIONS] COMMAND [ARGS]}.
 * Runs one command with settings from the arguments and the environment and exits with its code.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        SecretMasker masker = new SecretMasker();
        // Installed as System.out/err before anything logs, so log lines (slf4j-simple writes to the
        // current System.err) are masked with the passwords the CLI registers, like its own output.
        PrintStream out = masker.maskedStream(System.out);
        PrintStream err = masker.maskedStream(System.err);
        System.setOut(out);
        System.setErr(err);
        int code = MigrateCli.standalone(masker).run(args, out, err, System.getenv());
        out.flush();
        err.flush();
        System.exit(code);
    }
}
