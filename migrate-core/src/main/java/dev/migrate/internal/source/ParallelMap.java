package dev.migrate.internal.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps items in parallel, keeping their order. Loading is most of what a no-op
 * application start pays for hundreds of revisions, so files are read and parsed on every
 * core; when several items fail, the failure of the first one in item order is thrown, so
 * error messages do not depend on thread timing.
 */
final class ParallelMap {

	@FunctionalInterface
	interface Step<T, R, E extends Exception> {

		R apply(T item) throws E;

	}

	private record Failure(Exception error) {
	}

	private ParallelMap() {
	}

	@SuppressWarnings("unchecked")
	static <T, R, E extends Exception> List<R> inOrder(List<T> items, Step<T, R, E> step) throws E {
		List<Object> results = items.parallelStream().map(item -> {
			try {
				return step.apply(item);
			}
			catch (Exception e) {
				return (Object) new Failure(e);
			}
		}).toList();
		List<R> mapped = new ArrayList<>(results.size());
		for (Object result : results) {
			if (result instanceof Failure failure) {
				// Only E or an unchecked exception can have been thrown by step.
				throw (E) failure.error();
			}
			mapped.add((R) result);
		}
		return mapped;
	}

}
