package dev.migrate.internal.schema.diff;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Pairs objects of the model with objects of the database: first by name (when they also
 * cover the same thing), then the rest by a key describing what they cover. What stays
 * unpaired is missing from (or extra in) the database.
 *
 * @param missing model objects with no counterpart in the database
 * @param extra database objects with no counterpart in the model
 */
record Matching<T>(List<T> missing, List<T> extra) {

	static <T> Matching<T> match(List<T> model, List<T> database, Function<T, String> name, Function<T, String> key) {
		List<T> missing = new ArrayList<>(model);
		List<T> extra = new ArrayList<>(database);
		// Same name but different definition is a drop and re-create, so a name pairs
		// only with an equal key.
		pairOff(missing, extra,
				object -> name.apply(object) == null ? null : name.apply(object) + "\u0000" + key.apply(object));
		pairOff(missing, extra, key);
		return new Matching<>(missing, extra);
	}

	private static <T> void pairOff(List<T> missing, List<T> extra, Function<T, String> property) {
		for (Iterator<T> expected = missing.iterator(); expected.hasNext();) {
			String value = property.apply(expected.next());
			int counterpart = value == null ? -1 : indexOf(extra, property, value);
			if (counterpart >= 0) {
				extra.remove(counterpart);
				expected.remove();
			}
		}
	}

	private static <T> int indexOf(List<T> objects, Function<T, String> property, String value) {
		for (int i = 0; i < objects.size(); i++) {
			if (value.equals(property.apply(objects.get(i)))) {
				return i;
			}
		}
		return -1;
	}
}
