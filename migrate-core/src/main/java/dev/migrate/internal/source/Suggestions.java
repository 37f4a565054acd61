package dev.migrate.internal.source;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the known word a misspelt one was probably meant to be, for "did you mean" hints.
 */
final class Suggestions {

	private Suggestions() {
	}

	/**
	 * The candidate closest to {@code word} by edit distance, when it is close enough to
	 * be a typo: at most 2 edits, and fewer than half the word's length.
	 */
	static Optional<String> closest(String word, Collection<String> candidates) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : candidates) {
			int distance = editDistance(word, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		boolean typo = bestDistance <= 2 && bestDistance * 2 < Math.max(word.length(), 1);
		return typo ? Optional.of(best) : Optional.empty();
	}

	/** Levenshtein distance. */
	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
