package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

	private final SecretMasker masker = new SecretMasker();

	@Test
	void masksUserInfoPasswordsByShape() {
		assertThat(masker.mask("cannot reach postgresql://app:s3cret@db:5432/x now"))
			.isEqualTo("cannot reach postgresql://app:****@db:5432/x now");
		assertThat(masker.mask("postgres://app:p@ss@db/x")).isEqualTo("postgres://app:****@db/x");
		assertThat(masker.mask("jdbc:postgresql://app:s3cret@db/x")).isEqualTo("jdbc:postgresql://app:****@db/x");
		assertThat(masker.mask("postgresql://app@db/x")).isEqualTo("postgresql://app@db/x");
	}

	@Test
	void masksPasswordParameters() {
		assertThat(masker.mask("jdbc:postgresql://db/x?user=a&password=s3cret&ssl=true"))
			.isEqualTo("jdbc:postgresql://db/x?user=a&password=****&ssl=true");
		assertThat(masker.mask("PASSWORD = s3cret;")).isEqualTo("PASSWORD = ****;");
	}

	@Test
	void masksRegisteredSecretsAnywhereIncludingTheirEncodedForm() {
		masker.register("p@ss word");
		masker.register("");
		masker.register(null);
		assertThat(masker.mask("auth failed for p@ss word and p%40ss+word and p%40ss%20word"))
			.isEqualTo("auth failed for **** and **** and ****");
	}

	@Test
	void maskedStreamMasksWholeLinesEvenWhenTheSecretIsWrittenInPieces() {
		masker.register("hunter22");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream stream = masker.maskedStream(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		stream.print("pass: hun");
		stream.print("ter22");
		stream.println();
		stream.print("tail hunter22");
		stream.flush();
		assertThat(bytes.toString(StandardCharsets.UTF_8))
			.isEqualTo("pass: ****" + System.lineSeparator() + "tail ****");
	}

}
