package dev.migrate.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the shaded {@code target/migrate.jar} as a real process, as CI pipelines and operators do.
 * Failsafe runs it after {@code package} and passes the jar's path; under surefire (which a
 * {@code -Dtest=dev.migrate.cli.**} filter also points here) the jar does not exist yet, so it is skipped.
 */
@EnabledIfSystemProperty(named = "migrate.jar", matches = ".+")
class MigrateJarIT {

    static ProcessResult runJar(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("migrate.jar"));
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("MIGRATE_") || name.equals("DATABASE_URL"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("migrate-out", ".txt");
        Path err = Files.createTempFile("migrate-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("migrate.jar finished").isTrue();
        return new ProcessResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpWorksFromTheShadedJar() throws Exception {
        ProcessResult result = runJar(Map.of(), "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: migrate [OPTIONS] COMMAND [ARGS]").contains("upgrade [TARGET] [--sql]");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        ProcessResult result = runJar(Map.of(), "frobnicate");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown command 'frobnicate'", "--help");
    }

    /** @param exitCode the process's exit code */
    record ProcessResult(int exitCode, String out, String err) {
    }
}
