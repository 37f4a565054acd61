package dev.migrate.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

	@Test
	void unitsAndIsoAndPlainSeconds() {
		assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
		assertThat(Durations.parse("10s")).isEqualTo(Duration.ofSeconds(10));
		assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
		assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
		assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
		assertThat(Durations.parse("PT10S")).isEqualTo(Duration.ofSeconds(10));
		assertThat(Durations.parse("pt1m30s")).isEqualTo(Duration.ofSeconds(90));
		assertThat(Durations.parse(" 30 ")).isEqualTo(Duration.ofSeconds(30));
		assertThat(Durations.parse("0")).isZero();
		assertThat(Durations.parse("10S")).isEqualTo(Duration.ofSeconds(10));
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-5s", "1.5s", "10x", "PT-1S", "", "ms", "99999999999999999999s", "PT1.5S",
			"PT0.0001S" })
	void rejectsWhatIsNotANonNegativeDuration(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse(text))
			.withMessageContaining("'" + text + "'");
	}

	@Test
	void formatsDefaultsForUsage() {
		assertThat(Durations.format(Duration.ZERO)).isEqualTo("0");
		assertThat(Durations.format(Duration.ofSeconds(60))).isEqualTo("60s");
		assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
	}

}
