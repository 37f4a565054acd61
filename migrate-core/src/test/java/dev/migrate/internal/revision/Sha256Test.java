package dev.migrate.internal.revision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sha256Test {

	@Test
	void hashesTextWithEachEndingAsIfConcatenated() {
		String text = "-- revision: a1\n-- migrate:upgrade\nCREATE TABLE é (id int);";
		assertThat(Sha256.hexWithEndings(text, "\n", "", "\n\n")).containsExactly(Sha256.hex(text + "\n"),
				Sha256.hex(text), Sha256.hex(text + "\n\n"));
		// The thread's digest is left reset for the next caller.
		assertThat(Sha256.hex("x")).isEqualTo(Sha256.hexWithEndings("x", "").get(0))
			.isEqualTo("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881");
	}

}
