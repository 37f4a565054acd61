package dev.migrate.internal.cli;

import dev.migrate.SecretMasker;
import dev.migrate.cli.MigrateCli;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/** One in-process run of the CLI with captured output, for tests. */
public record CliRun(int exitCode, String out, String err) {

	static CliRun run(Map<String, String> env, String... args) {
		return run(Migrate::create, env, args);
	}

	static CliRun run(Function<MigrateConfig, Migrate> engines, Map<String, String> env, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		MigrateCli cli = new MigrateCli(MigrateCli.PROGRAM, MigrateConfig::builder, engines, new SecretMasker());
		int code = cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), env);
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Both streams, for assertions that something appears nowhere. */
	public String all() {
		return out + err;
	}
}
