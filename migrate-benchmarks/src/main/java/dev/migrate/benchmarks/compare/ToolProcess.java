package dev.migrate.benchmarks.compare;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child-process entry: runs one scenario of one tool in a fresh JVM, then prints the
 * process's peak resident memory ({@code VmHWM}) so the parent can compare fresh-JVM cost
 * and memory.
 *
 * <p>
 * Arguments: tool scenario(apply|noop|status) workloadRoot size url user password; the
 * tool {@code floor} runs {@link NoOpFloor} (no tool) whatever the scenario,
 * {@code floor-row} only its connect-and-read-one-row part.
 */
public final class ToolProcess {

	private ToolProcess() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		Workload workload = Workload.existing(Integer.parseInt(args[3]), Path.of(args[2]));
		Database database = new Database(args[4], args[5], args.length > 6 ? args[6] : "");
		if (args[0].equals("floor-row")) {
			NoOpFloor.oneRow(database);
			System.out.println("VmHWM_KB " + peakRssKb());
			return;
		}
		if (args[0].equals("floor")) {
			NoOpFloor.run(workload, database);
			System.out.println("VmHWM_KB " + peakRssKb());
			return;
		}
		Tool tool = Tools.named(args[0]);
		switch (args[1]) {
			case "apply" -> tool.applyAll(workload, database);
			case "noop" -> tool.noOpStart(workload, database);
			case "status" -> tool.status(workload, database);
			default -> throw new IllegalArgumentException("unknown scenario " + args[1]);
		}
		System.out.println("VmHWM_KB " + peakRssKb());
	}

	/**
	 * Peak resident set size of this process from {@code /proc/self/status}, or -1 off
	 * Linux.
	 */
	static long peakRssKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (java.io.IOException ex) {
			return -1;
		}
		return -1;
	}

}
