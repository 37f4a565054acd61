package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.cli.ExitCode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph-only commands (heads, branches, show, history, lint RANGE, --sql with a
 * range, revision, merge) answer from the revisions alone: with no url at all, and with a
 * url nobody listens on (they must not even try it, so they return at once). The commands
 * that read the database still need one and say so.
 */
class GraphCommandsWithoutDatabaseTest {

	@TempDir
	Path revisions;

	private String locations;

	private String deadUrl;

	@BeforeEach
	void setUp() throws IOException {
		locations = RevisionFiles.branchy(revisions).location();
		deadUrl = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/app";
	}

	@Test
	void graphCommandsRunWithoutAUrl() {
		assertThat(ok("heads").out()).isEqualTo("merge4 (head)" + System.lineSeparator());
		assertThat(ok("branches").out()).contains("base01 (branchpoint)");
		assertThat(ok("show", "bill03").out()).contains("Rev: bill03 (billing)");
		assertThat(ok("history").out().lines()).hasSize(4);
		assertThat(ok("history", "-r", "-1:bill03").out().lines()).hasSize(2)
			.noneMatch(line -> line.contains("merge4"));
		assertThat(ok("lint", "base:heads").out()).contains("4 revisions");
		assertThat(ok("upgrade", "--sql", "base01:heads").out()).contains("ALTER TABLE users ADD COLUMN phone");
		assertThat(ok("downgrade", "--sql", "heads:base01").out()).contains("DROP TABLE invoices");
	}

	@Test
	void graphCommandsNeverTouchAnUnreachableDatabase() {
		long started = System.nanoTime();
		for (String[] command : new String[][] { { "heads" }, { "branches" }, { "show", "merge4" }, { "history" },
				{ "lint", "base:heads" }, { "upgrade", "--sql", "base:heads" } }) {
			String[] args = new String[command.length + 4];
			args[0] = "--url";
			args[1] = deadUrl;
			args[2] = "--locations";
			args[3] = locations;
			System.arraycopy(command, 0, args, 4, command.length);
			CliRun run = CliRun.run(Map.of(), args);
			assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isEqualTo(ExitCode.OK);
		}
		// Connecting would retry 10 times a second apart.
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void commandsThatReadTheDatabaseStillNeedOne() {
		for (String[] command : new String[][] { { "current" }, { "history", "--indicate-current" },
				{ "history", "-r", "current:" }, { "lint" }, { "upgrade" }, { "pending" } }) {
			String[] args = new String[command.length + 2];
			args[0] = "--locations";
			args[1] = locations;
			System.arraycopy(command, 0, args, 2, command.length);
			CliRun run = CliRun.run(Map.of(), args);
			assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCode.USAGE);
			assertThat(run.err()).contains("no database to connect to");
		}
	}

	@Test
	void historyWithIndicateCurrentConnects() {
		CliRun run = CliRun.run(Map.of(), "--url", deadUrl, "--connect-retries", "0", "--locations", locations,
				"history", "--indicate-current");
		assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
		assertThat(run.err()).contains("127.0.0.1");
	}

	private CliRun ok(String... command) {
		String[] args = new String[command.length + 2];
		args[0] = "--locations";
		args[1] = locations;
		System.arraycopy(command, 0, args, 2, command.length);
		CliRun run = CliRun.run(Map.of(), args);
		assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isEqualTo(ExitCode.OK);
		return run;
	}

	/** A local port nobody listens on: bound, then released. */
	static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
