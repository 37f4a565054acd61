package dev.migrate.maven.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Hands each line a command prints to the build log as it comes, and keeps the text so a
 * failing goal can repeat it in the build failure.
 */
final class LogOutputStream extends OutputStream {

	private final Consumer<CharSequence> log;

	private final boolean logLines;

	private final ByteArrayOutputStream line = new ByteArrayOutputStream();

	private final StringBuilder transcript = new StringBuilder();

	LogOutputStream(Consumer<CharSequence> log, boolean logLines) {
		this.log = log;
		this.logLines = logLines;
	}

	@Override
	public synchronized void write(int b) {
		if (b == '\n') {
			endLine();
		}
		else if (b != '\r') {
			line.write(b);
		}
	}

	@Override
	public synchronized void close() {
		if (line.size() > 0) {
			endLine();
		}
	}

	private void endLine() {
		String text = line.toString(StandardCharsets.UTF_8);
		line.reset();
		transcript.append(text).append(System.lineSeparator());
		if (logLines) {
			log.accept(text);
		}
	}

	synchronized String transcript() {
		return transcript.toString();
	}

}
