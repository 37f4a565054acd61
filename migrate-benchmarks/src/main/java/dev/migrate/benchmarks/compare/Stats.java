package dev.migrate.benchmarks.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians, the only statistic the report uses: robust on a noisy 2-core machine. */
final class Stats {

	private Stats() {
	}

	static double median(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
