package dev.migrate.result;

import java.util.Collection;

/**
 * The JSON of {@code migrate fleet ... --format json} (docs/fleet.md): the counts per
 * state as the endpoint's {@code fleet} object names them, then one object per target.
 */
final class FleetJsonWriter {

	private FleetJsonWriter() {
	}

	static String write(FleetResult result) {
		StringBuilder out = new StringBuilder("{\"command\": ");
		LintJsonWriter.string(out, result.command());
		out.append(", \"targets\": ")
			.append(result.targets().size())
			.append(", \"upToDate\": ")
			.append(result.count(FleetState.UP_TO_DATE))
			.append(", \"pending\": ")
			.append(result.count(FleetState.PENDING))
			.append(", \"failed\": ")
			.append(result.count(FleetState.FAILED))
			.append(", \"ahead\": ")
			.append(result.count(FleetState.AHEAD))
			.append(", \"applied\": ")
			.append(result.appliedCount())
			.append(", \"durationMs\": ")
			.append(result.duration().toMillis())
			.append(",\n \"results\": [");
		for (int i = 0; i < result.targets().size(); i++) {
			out.append(i == 0 ? "\n  " : ",\n  ");
			target(out, result.targets().get(i));
		}
		return out.append("\n]}\n").toString();
	}

	private static void target(StringBuilder out, FleetTargetResult target) {
		out.append("{\"target\": ");
		LintJsonWriter.string(out, target.target());
		out.append(", \"state\": ");
		LintJsonWriter.string(out, target.state().label());
		out.append(", \"current\": ");
		strings(out, target.current());
		out.append(", \"pending\": ").append(target.pending()).append(", \"applied\": ");
		strings(out, target.applied());
		out.append(", \"failedRevision\": ");
		LintJsonWriter.string(out, target.failedRevision());
		out.append(", \"error\": ");
		LintJsonWriter.string(out, target.error());
		out.append(", \"durationMs\": ").append(target.duration().toMillis()).append('}');
	}

	private static void strings(StringBuilder out, Collection<String> values) {
		out.append('[');
		boolean first = true;
		for (String value : values) {
			out.append(first ? "" : ", ");
			LintJsonWriter.string(out, value);
			first = false;
		}
		out.append(']');
	}

}
