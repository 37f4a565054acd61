package dev.migrate.internal.cli;

import dev.migrate.cli.DatabaseUrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {

	@Test
	void libpqFormBecomesJdbcUrlAndCredentials() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s3cret@db.example:6543/orders");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/orders");
		assertThat(url.user()).isEqualTo("app");
		assertThat(url.password()).isEqualTo("s3cret");
	}

	@Test
	void postgresSchemeWithoutPortOrCredentials() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://localhost/app");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/app");
		assertThat(url.user()).isNull();
		assertThat(url.password()).isNull();
	}

	@Test
	void decodesUrlEncodedCredentialsAndKeepsPlusLiteral() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://us%40er:p%40ss%2Fw+rd%25@h:5432/db");
		assertThat(url.user()).isEqualTo("us@er");
		assertThat(url.password()).isEqualTo("p@ss/w+rd%");
	}

	@Test
	void anEncodedDatabaseNameIsDecodedOnceByTheDriver() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://u:p@h:5432/sales%2525%20eu?sslmode=disable");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/sales%2525%20eu?sslmode=disable");
		assertThat(org.postgresql.Driver.parseURL(url.jdbcUrl(), null).getProperty("PGDBNAME"))
			.isEqualTo("sales%25 eu");
	}

	@Test
	void unencodedAtInPasswordSplitsAtTheLastAt() {
		assertThat(DatabaseUrl.parse("postgresql://u:p@ss@h/db").password()).isEqualTo("p@ss");
	}

	@Test
	void queryCredentialsAreTakenOutAndOtherParametersPassThrough() {
		DatabaseUrl url = DatabaseUrl
			.parse("postgresql://h:1/db?user=ci&sslmode=require&password=x%26y&application_name=m");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:1/db?sslmode=require&application_name=m");
		assertThat(url.user()).isEqualTo("ci");
		assertThat(url.password()).isEqualTo("x&y");
	}

	@Test
	void multipleHostsAndIpv6PassThrough() {
		assertThat(DatabaseUrl.parse("postgresql://u@h1:5432,h2:5433/db").jdbcUrl())
			.isEqualTo("jdbc:postgresql://h1:5432,h2:5433/db");
		assertThat(DatabaseUrl.parse("postgresql://[::1]:5432/db").jdbcUrl())
			.isEqualTo("jdbc:postgresql://[::1]:5432/db");
	}

	@Test
	void jdbcUrlIsTakenAsItIs() {
		DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h/db?user=a");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?user=a");
		assertThat(url.user()).isNull();
	}

	@Test
	void errorsNeverQuoteThePassword() {
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter22@h/db"))
			.withMessageContaining("postgresql://")
			.withMessageNotContaining("hunter22");
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("postgresql://u:hunter22@/db"))
			.withMessageNotContaining("hunter22");
	}

	@Test
	void toStringHidesThePassword() {
		assertThat(DatabaseUrl.parse("postgresql://u:hunter22@h/db").toString()).doesNotContain("hunter22");
	}

	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "/", "@", ":", "?", "#", "%", " ", "&", "+", "=", "'", "\\", "%2", "@/?#:", "50%off" })
	void anUnencodedPasswordRunsToTheLastAt(String special) {
		DatabaseUrl url = DatabaseUrl
			.parse("postgresql://app:Sx7" + special + "Qz9@db.example:5432/orders?sslmode=disable");
		assertThat(url.password()).isEqualTo("Sx7" + special + "Qz9");
		assertThat(url.user()).isEqualTo("app");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/orders?sslmode=disable");
	}

	@Test
	void validEscapesAreDecodedAndAStrayPercentIsLiteral() {
		assertThat(DatabaseUrl.parse("postgresql://u:a%2Fb@h/db").password()).isEqualTo("a/b");
		assertThat(DatabaseUrl.parse("postgresql://u:zz%zz@h/db").password()).isEqualTo("zz%zz");
		assertThat(DatabaseUrl.parse("postgresql://u:%E2%82%AC%@h/db").password()).isEqualTo("\u20ac%");
	}

	@Test
	void anUnencodedAmpersandInAPasswordParameterStaysInThePassword() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://h/db?user=u&password=Sx7&Qz9&sslmode=require");
		assertThat(url.password()).isEqualTo("Sx7&Qz9");
		assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?sslmode=require");
	}

}
