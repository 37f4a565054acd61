package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
		assertThat(masker.mask("PASSWORD = s3cret and more")).isEqualTo("PASSWORD = **** and more");
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

	/**
	 * Passwords pasted into a url without encoding: each character that ends a url part
	 * elsewhere (path, query, fragment, port, host, a space ending the word).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/", "@", ":", "?", "#", "%", " ", "&", "+", "=", ";", "'", "\"", "\\", "%2F", "@/?" })
	void noPartOfAnUnencodedPasswordSurvivesTheUrlShapeMask(String special) {
		String password = "Sx7" + special + "Qz9";
		for (String url : List.of("postgresql://app:" + password + "@db.example:5432/orders",
				"postgres://app:" + password + "@db.example/orders?sslmode=require",
				"jdbc:postgresql://app:" + password + "@127.0.0.1:1/orders",
				"jdbc:postgresql://db/orders?user=app&password=" + password + "&sslmode=disable",
				// After a port, the colon could start a password running to an '@' in the
				// parameter: the mask must cover the parameter to its end all the same.
				"jdbc:postgresql://127.0.0.1:1/orders?user=app&password=" + password)) {
			if (special.equals(" ") && url.contains("password=")) {
				// A parameter has no end but a space or '&name=': the literal net covers
				// this one (MigrateCli registers the whole value it was given).
				continue;
			}
			String line = "Could not connect to " + url + " after 1 attempt: Unable to parse URL " + url + ".";
			assertThat(SecretMasker.maskUrls(line)).as(line).doesNotContain("Sx7").doesNotContain("Qz9");
		}
	}

	/**
	 * A registered password is masked before the url shapes are: a shape rule that ends
	 * the password early (at a space, or at an '@' it takes for the end of user info)
	 * would otherwise cut it into pieces the literal no longer matches.
	 */
	@ParameterizedTest
	@ValueSource(strings = { " ", "@", "@/?#:" })
	void aRegisteredPasswordIsMaskedWholeWhereTheShapeRulesWouldCutIt(String special) {
		String password = "Sx7" + special + "Qz9";
		SecretMasker masker = new SecretMasker();
		masker.register(password);
		String line = "Could not connect to jdbc:postgresql://127.0.0.1:1/orders?user=app&password=" + password
				+ " after 1 attempt";
		assertThat(masker.mask(line)).as(line).doesNotContain("Sx7").doesNotContain("Qz9").endsWith(" after 1 attempt");
	}

	@Test
	void aWholeUrlsPasswordParameterRunsToItsEndSpacesIncluded() {
		assertThat(SecretMasker.maskUrl("jdbc:postgresql://127.0.0.1:1/orders?password=Sx7 Qz9&user=app"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:1/orders?password=****&user=app");
		assertThat(SecretMasker.maskUrl("jdbc:postgresql://db/orders?user=app&password=Sx7 &Qz9"))
			.isEqualTo("jdbc:postgresql://db/orders?user=app&password=****");
	}

	@Test
	void hostsPortsAndIpv6AreNotTakenForPasswords() {
		for (String url : List.of("postgresql://localhost:5432/orders", "jdbc:postgresql://h1:5432,h2:5433/orders",
				"postgresql://[::1]:5432/orders", "jdbc:postgresql://db:5432/orders?sslmode=require",
				"postgresql://app@db:5432/orders")) {
			assertThat(SecretMasker.maskUrls("connecting to " + url + " now"))
				.isEqualTo("connecting to " + url + " now");
		}
	}

	@Test
	void userInfoRunsToTheLastAtOfTheUrl() {
		assertThat(SecretMasker.maskUrls("url postgresql://app:a/b@c?d@db:5432/x, then more"))
			.isEqualTo("url postgresql://app:****@db:5432/x, then more");
		assertThat(SecretMasker.maskUrls("url postgresql://app:two words@db:5432/x end"))
			.isEqualTo("url postgresql://app:****@db:5432/x end");
	}

}
