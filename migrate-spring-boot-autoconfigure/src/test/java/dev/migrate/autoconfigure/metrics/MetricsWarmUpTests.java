package dev.migrate.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Metrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MetricsWarmUp} observes a run on throwaway registries and leaves nothing behind.
 */
class MetricsWarmUpTests {

	@Test
	void observesARunWithoutTouchingTheGlobalRegistry() {
		List<?> before = List.copyOf(Metrics.globalRegistry.getMeters());
		MetricsWarmUp.run(getClass().getClassLoader());
		assertThat(Metrics.globalRegistry.getMeters()).isEqualTo(before);
	}

	@Test
	void doesNothingWithoutMicrometerOnTheClassPath() {
		ClassLoader withoutMicrometer = new ClassLoader(null) {
		};
		MetricsWarmUp.run(withoutMicrometer);
	}

}
