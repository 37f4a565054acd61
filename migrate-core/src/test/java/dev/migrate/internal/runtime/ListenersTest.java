package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.MigrateListener;
import dev.migrate.RunInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenersTest {

	@Test
	void aFailingListenerIsOneWarningLineWithoutAStackTrace() {
		MigrateListener failing = new MigrateListener() {

			@Override
			public void runStarted(RunInfo run) {
				throw new IllegalStateException("metrics backend down");
			}

			@Override
			public String toString() {
				return "failingListener";
			}

		};
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream original = System.err;
		// slf4j-simple writes to whatever System.err is when it writes.
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			new Listeners(List.of(failing)).runStarted(new RunInfo("upgrade", "heads", Instant.now()));
		}
		finally {
			System.setErr(original);
		}
		String log = captured.toString(StandardCharsets.UTF_8);
		assertThat(log).contains("Listener failingListener failed; ignoring it: "
				+ "java.lang.IllegalStateException: metrics backend down");
		assertThat(log).doesNotContain("\tat ");
	}

}
