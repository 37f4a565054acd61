package dev.migrate.benchmarks.compare;

import dev.migrate.FleetTarget;
import dev.migrate.FleetTargets;
import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrateFleet;
import dev.migrate.result.FleetResult;
import dev.migrate.result.FleetState;
import dev.migrate.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Schema-per-tenant side by side in one run (docs/benchmarks.md, "Fleet"): T tenant
 * schemas x 20 revisions on one PostgreSQL, each racer on a fresh database:
 * <ul>
 * <li>migrate's fleet upgrade ({@link MigrateFleet}, default parallelism);</li>
 * <li>a loop of single migrate runs in one JVM, one {@code Migrate} per schema
 * ({@code currentSchema} in the url, state tables in the schema);</li>
 * <li>a loop of Flyway instances, one per schema ({@code Flyway.configure().schemas(t)}),
 * as users write it today.</li>
 * </ul>
 * Then the fleet verify with nothing pending (median of 5, warm) and the fleet's peak RSS
 * in a child JVM (default JVM settings). Arguments: tenant counts, default
 * {@code 10,100,1000}. Run by hand; not part of the test suite.
 */
public final class FleetBenchmark {

	private static final int REVISIONS = 20;

	private final StringBuilder report = new StringBuilder();

	private FleetBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("child")) {
			child(args);
			return;
		}
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		String sizes = args.length > 0 ? args[0] : "10,100,1000";
		List<String> racers = List.of((args.length > 1 ? args[1] : "fleet,loop,flyway").split(","));
		if (racers.equals(List.of("child-only"))) {
			childOnly(sizes, List.of(args).subList(2, args.length));
			return;
		}
		Path work = Files.createTempDirectory("migrate-fleet-benchmark");
		Workload workload = Workload.generate(REVISIONS, work);
		FleetBenchmark benchmark = new FleetBenchmark();
		benchmark.line("# Fleet: T tenant schemas x " + REVISIONS + " revisions, one PostgreSQL");
		benchmark.line("");
		benchmark.line("| tenants | migrate fleet ms | loop of migrate ms | loop of Flyway ms | fleet vs Flyway |"
				+ " fleet verify, nothing pending, ms | fleet peak RSS MB |");
		benchmark.line("|---:|---:|---:|---:|---:|---:|---:|");
		// Warm-up: every racer once on a few tenants, so the JIT is not measured.
		benchmark.fleet(workload, 20);
		benchmark.migrateLoop(workload, 20);
		benchmark.flywayLoop(workload, 20);
		for (String size : sizes.split(",")) {
			int tenants = Integer.parseInt(size.strip());
			System.gc();
			double fleet = racers.contains("fleet") ? benchmark.fleet(workload, tenants) : Double.NaN;
			System.gc();
			double loop = racers.contains("loop") ? benchmark.migrateLoop(workload, tenants) : Double.NaN;
			System.gc();
			double flyway = racers.contains("flyway") ? benchmark.flywayLoop(workload, tenants) : Double.NaN;
			double verify = racers.contains("fleet") ? benchmark.verify(workload, tenants) : Double.NaN;
			double rss = racers.contains("fleet") ? benchmark.fleetPeakRssMb(workload, tenants) : Double.NaN;
			benchmark.line(String.format("| %,d | %s | %s | %s | **%s** | %s | %s |", tenants, cell("%,.0f", fleet),
					cell("%,.0f", loop), cell("%,.0f", flyway), cell("%.1fx", flyway / fleet), cell("%,.1f", verify),
					cell("%.0f", rss)));
		}
		Path out = Path.of("migrate-benchmarks", "target", "fleet-benchmark-results.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, benchmark.report);
		System.out.println("\n(written to " + out + ")");
	}

	private double fleet(Workload workload, int tenants) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			long start = System.nanoTime();
			FleetResult result = fleetOf(workload, database.jdbcUrl(), database.user(), database.password(), tenants)
				.upgrade(Migrate.HEADS);
			double millis = (System.nanoTime() - start) / 1e6;
			check(result.count(FleetState.UP_TO_DATE) == tenants && result.appliedCount() == tenants * REVISIONS,
					"fleet upgrade did not bring every tenant up to date: " + result.counts());
			return millis;
		}
	}

	private double migrateLoop(Workload workload, int tenants) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			long start = System.nanoTime();
			for (String schema : schemas(tenants)) {
				MigrateConfig config = MigrateConfig.builder()
					.url(database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema="
							+ schema)
					.user(database.user())
					.password(database.password())
					.schema(schema)
					.locations("filesystem:" + workload.migrateDir())
					.build();
				check(Migrate.create(config).upgrade().applied().size() == REVISIONS, "loop: not all applied");
			}
			return (System.nanoTime() - start) / 1e6;
		}
	}

	private double flywayLoop(Workload workload, int tenants) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			long start = System.nanoTime();
			for (String schema : schemas(tenants)) {
				int applied = Flyway.configure()
					.dataSource(database.jdbcUrl(), database.user(), database.password())
					.schemas(schema)
					.locations("filesystem:" + workload.flywayDir())
					.load()
					.migrate().migrationsExecuted;
				check(applied == REVISIONS, "flyway: not all applied");
			}
			return (System.nanoTime() - start) / 1e6;
		}
	}

	/**
	 * Fleet verify with nothing pending: median of 5 after one warm-up, on an upgraded
	 * fleet.
	 */
	private double verify(Workload workload, int tenants) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			MigrateFleet fleet = fleetOf(workload, database.jdbcUrl(), database.user(), database.password(), tenants);
			fleet.upgrade(Migrate.HEADS);
			fleet.verify();
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				long start = System.nanoTime();
				FleetResult result = fleet.verify();
				times.add((System.nanoTime() - start) / 1e6);
				check(result.count(FleetState.UP_TO_DATE) == tenants, "verify: not all up to date");
			}
			return Stats.median(times);
		}
	}

	private double fleetPeakRssMb(Workload workload, int tenants) throws Exception {
		try (TestDatabase database = TestDatabase.create()) {
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-cp", System.getProperty("java.class.path"), FleetBenchmark.class.getName(), "child",
					database.jdbcUrl(), database.user(), database.password(), workload.root().toString(),
					Integer.toString(tenants))
				.redirectErrorStream(true)
				.start();
			long kb = -1;
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					if (line.startsWith("VmHWM_KB ")) {
						kb = Long.parseLong(line.substring(9).strip());
					}
				}
			}
			check(process.waitFor() == 0 && kb > 0, "fleet child failed");
			return kb / 1024.0;
		}
	}

	/**
	 * The child JVM: a fleet upgrade (timed), five verifies with nothing pending (timed),
	 * then its peak RSS.
	 */
	private static void child(String[] args) {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		Workload workload = Workload.existing(REVISIONS, Path.of(args[4]));
		MigrateFleet fleet = fleetOf(workload, args[1], args[2], args[3], Integer.parseInt(args[5]));
		long start = System.nanoTime();
		FleetResult result = fleet.upgrade(Migrate.HEADS);
		System.out.println("UPGRADE_MS " + (System.nanoTime() - start) / 1_000_000);
		check(!result.anyFailed(), "child fleet failed");
		fleet.verify();
		for (int i = 0; i < 5; i++) {
			long verifyStart = System.nanoTime();
			check(fleet.verify().count(FleetState.UP_TO_DATE) == Integer.parseInt(args[5]), "child verify");
			System.out.println("VERIFY_MS " + (System.nanoTime() - verifyStart) / 1_000_000);
		}
		System.out.println("VmHWM_KB " + ToolProcess.peakRssKb());
	}

	/**
	 * The fleet alone, in one fresh child JVM per size (when the loops would not finish
	 * in the time at hand): its upgrade time, verify times and peak RSS as the child
	 * prints them. {@code jvmFlags} go to the child, e.g. the CLI launcher's
	 * {@code -XX:+UseSerialGC -XX:TieredStopAtLevel=1} to see the fleet as
	 * {@code migrate fleet} runs it.
	 */
	private static void childOnly(String sizes, List<String> jvmFlags) throws Exception {
		Workload workload = Workload.generate(REVISIONS, Files.createTempDirectory("migrate-fleet-benchmark"));
		for (String size : sizes.split(",")) {
			try (TestDatabase database = TestDatabase.create()) {
				List<String> command = new ArrayList<>();
				command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
				command.addAll(jvmFlags);
				command.addAll(List.of("-cp", System.getProperty("java.class.path"), FleetBenchmark.class.getName(),
						"child", database.jdbcUrl(), database.user(), database.password(), workload.root().toString(),
						size.strip()));
				Process process = new ProcessBuilder(command).redirectErrorStream(true).inheritIO().start();
				check(process.waitFor() == 0, "fleet child failed");
			}
		}
	}

	private static MigrateFleet fleetOf(Workload workload, String url, String user, String password, int tenants) {
		MigrateConfig config = MigrateConfig.builder()
			.url(url)
			.user(user)
			.password(password)
			.locations("filesystem:" + workload.migrateDir())
			.build();
		List<FleetTarget> targets = FleetTargets.schemas(schemas(tenants));
		return MigrateFleet.builder(Migrate.create(config)).targets(targets).build();
	}

	private static List<String> schemas(int tenants) {
		List<String> schemas = new ArrayList<>();
		for (int i = 0; i < tenants; i++) {
			schemas.add(String.format("tenant_%04d", i));
		}
		return schemas;
	}

	/** A table cell; a dash for a racer not run. */
	private static String cell(String format, double value) {
		return Double.isNaN(value) ? "-" : String.format(format, value);
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

	private void line(String text) {
		report.append(text).append('\n');
		System.out.println(text);
	}

}
