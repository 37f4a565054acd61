package dev.migrate.internal.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Hands the engine's offline SQL writer a {@link Writer} over the command's output. */
final class SqlOutput {

	private SqlOutput() {
	}

	static void write(PrintStream out, Consumer<Writer> script) {
		// Not closed: closing would close the caller's stream (System.out in the
		// launcher).
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		script.accept(writer);
		try {
			writer.flush();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		out.flush();
	}

}
