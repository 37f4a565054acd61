package dev.migrate.internal.cli;

import dev.migrate.result.FleetResult;
import dev.migrate.result.FleetState;
import dev.migrate.result.FleetTargetResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The final table of a fleet command: one row per target (name, state, current heads,
 * applied or pending count, error), then the counts per state.
 */
final class FleetTable {

	private FleetTable() {
	}

	static void print(PrintStream out, FleetResult result) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "TARGET", "STATE", "CURRENT", "APPLIED", "PENDING", "ERROR" });
		for (FleetTargetResult target : result.targets()) {
			rows.add(new String[] { target.target(), target.state().label(),
					target.current().isEmpty() ? "-" : String.join(",", target.current()),
					Integer.toString(target.applied().size()), Integer.toString(target.pending()), error(target) });
		}
		int[] widths = new int[5];
		for (String[] row : rows) {
			for (int i = 0; i < widths.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < widths.length; i++) {
				line.append(String.format("%-" + widths[i] + "s  ", row[i]));
			}
			out.println((line + row[5]).stripTrailing());
		}
		out.println();
		out.println(result.targets().size() + " targets: " + result.count(FleetState.UP_TO_DATE) + " up to date, "
				+ result.count(FleetState.PENDING) + " pending, " + result.count(FleetState.FAILED) + " failed, "
				+ result.count(FleetState.AHEAD) + " ahead; " + result.appliedCount() + " revisions applied in "
				+ Durations.format(result.duration()));
	}

	/** The error on one line, with the failed revision first when known. */
	private static String error(FleetTargetResult target) {
		if (target.error() == null) {
			return "";
		}
		String firstLine = target.error().lines().findFirst().orElse("");
		return target.failedRevision() == null ? firstLine : target.failedRevision() + ": " + firstLine;
	}

}
