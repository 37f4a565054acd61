package dev.migrate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects bytes up to each line end, masks the line with a {@link SecretMasker}, and
 * writes it to the target. Whole lines, because a secret split across two writes would
 * slip through a per-write mask.
 */
final class MaskingOutputStream extends OutputStream {

	private final PrintStream target;

	private final SecretMasker masker;

	private final ByteArrayOutputStream line = new ByteArrayOutputStream();

	MaskingOutputStream(PrintStream target, SecretMasker masker) {
		this.target = target;
		this.masker = masker;
	}

	@Override
	public synchronized void write(int b) {
		line.write(b);
		if (b == '\n') {
			emitLine();
		}
	}

	@Override
	public synchronized void write(byte[] bytes, int offset, int length) {
		for (int i = offset; i < offset + length; i++) {
			write(bytes[i]);
		}
	}

	@Override
	public synchronized void flush() {
		emitLine();
		target.flush();
	}

	@Override
	public void close() throws IOException {
		flush();
	}

	private void emitLine() {
		if (line.size() == 0) {
			return;
		}
		String text = line.toString(StandardCharsets.UTF_8);
		line.reset();
		byte[] masked = masker.maskText(text).getBytes(StandardCharsets.UTF_8);
		target.write(masked, 0, masked.length);
		target.flush();
	}

}
