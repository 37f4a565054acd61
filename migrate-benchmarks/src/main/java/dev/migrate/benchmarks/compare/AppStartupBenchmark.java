package dev.migrate.benchmarks.compare;

import dev.migrate.Migrate;
import dev.migrate.MigrateConfig;
import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * What a Spring Boot application (web, JPA, actuator) pays at startup for its migration
 * tool, with nothing pending: the same application started as a fresh JVM per run in four
 * variants that differ only in the tool on the class path (none, migrate's starter,
 * Spring Boot's Flyway starter, its Liquibase starter), N revisions applied in each
 * variant's own database. Rounds are interleaved (each round runs every variant once, in
 * rotating order), so the machine's drift hits every variant alike.
 *
 * <p>
 * The application is {@code migrate-benchmarks/startup/app}; each variant's class path is
 * written by its module ({@code without-tool}, {@code with-migrate}, {@code with-flyway},
 * {@code with-liquibase}). The workload's revisions are on every variant's class path at
 * each tool's default location ({@code db/revisions}, {@code db/migration}; Liquibase's
 * changelog at {@code db/changelog/changelog.sql}). Reported per variant: the median time
 * from the JVM's start to {@code ApplicationReadyEvent}, its spread, what the tool adds
 * (its median minus the no-tool variant's) and the main thread's CPU time; then, from
 * separate runs that record startup steps with {@code BufferingApplicationStartup}, each
 * tool's own part of the start (its beans, less the application beans created inside
 * them, with the connection pool's start shown apart) and migrate's own steps.
 *
 * <p>
 * Run from the repository root: <pre>
 * ./mvnw -q -pl migrate-benchmarks,migrate-benchmarks/startup/without-tool,migrate-benchmarks/startup/with-migrate,\
 * migrate-benchmarks/startup/with-flyway,migrate-benchmarks/startup/with-liquibase -am package -DskipTests
 * java -cp "migrate-benchmarks/target/classes:$(cat migrate-benchmarks/target/classpath.txt)" \
 *      dev.migrate.benchmarks.compare.AppStartupBenchmark 100,1000 9 5   # sizes, rounds, breakdown runs
 * </pre>
 */
public final class AppStartupBenchmark {

	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	private static final String APP = "dev.migrate.benchmarks.startup.StartupApp";

	/** Variant name to the module that writes its class path. */
	private static final Map<String, String> VARIANTS = new LinkedHashMap<>();

	static {
		VARIANTS.put("none", "without-tool");
		VARIANTS.put("migrate", "with-migrate");
		VARIANTS.put("flyway", "with-flyway");
		VARIANTS.put("liquibase", "with-liquibase");
	}

	private AppStartupBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		List<Integer> sizes = Stream.of(((args.length > 0) ? args[0] : "100,1000").split(","))
			.map(Integer::parseInt)
			.toList();
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 9;
		int breakdownRuns = (args.length > 2) ? Integer.parseInt(args[2]) : 5;
		Map<String, String> classPaths = classPaths();
		System.out.println("load before: " + load());
		List<String> report = new ArrayList<>();
		for (int size : sizes) {
			report.addAll(measure(size, rounds, breakdownRuns, classPaths));
		}
		System.out.println("load after: " + load());
		System.out.println();
		report.forEach(System.out::println);
	}

	private static Map<String, String> classPaths() throws IOException {
		Map<String, String> classPaths = new LinkedHashMap<>();
		for (Map.Entry<String, String> variant : VARIANTS.entrySet()) {
			Path file = Path.of("migrate-benchmarks", "startup", variant.getValue(), "target", "classpath.txt");
			if (!Files.isRegularFile(file)) {
				throw new IllegalStateException("No class path for variant " + variant.getKey() + ": " + file
						+ " is missing; package the startup modules first (see this class's Javadoc)");
			}
			classPaths.put(variant.getKey(), Files.readString(file).trim());
		}
		return classPaths;
	}

	private static List<String> measure(int size, int rounds, int breakdownRuns, Map<String, String> classPaths)
			throws Exception {
		Workload workload = Workload.generate(size, Files.createTempDirectory("migrate-app-startup"));
		Path revisions = classpathLayout(workload);
		Map<String, TestDatabase> databases = new LinkedHashMap<>();
		try {
			for (String variant : VARIANTS.keySet()) {
				databases.put(variant, TestDatabase.create());
			}
			// The no-tool variant's database gets the same tables, by plain JDBC.
			Tools.named("raw-jdbc").applyAll(workload, target(databases.get("none")));
			Map<String, List<String>> commands = new LinkedHashMap<>();
			for (String variant : VARIANTS.keySet()) {
				commands.put(variant, command(classPaths.get(variant), revisions, databases.get(variant), false));
			}
			// The first run of each tool applies its N revisions (the application brings
			// its database to its head, as on a first deployment); it also fills the page
			// cache with every jar.
			for (List<String> command : commands.values()) {
				run(command);
			}
			checkAtHead(workload, databases);
			Map<String, List<Double>> times = new LinkedHashMap<>();
			Map<String, List<Double>> mainCpu = new LinkedHashMap<>();
			commands.keySet().forEach((name) -> {
				times.put(name, new ArrayList<>());
				mainCpu.put(name, new ArrayList<>());
			});
			List<String> order = new ArrayList<>(commands.keySet());
			for (int round = 0; round < rounds; round++) {
				for (String variant : order) {
					List<String> output = run(commands.get(variant));
					times.get(variant).add(value(output, "READY_MS "));
					mainCpu.get(variant).add(value(output, "MAIN_CPU_MS "));
				}
				Collections.rotate(order, 1);
				System.out.println("N=" + size + " round " + (round + 1) + ": " + times);
			}
			// Each tool's own part, from runs that record startup steps: its beans' time
			// less
			// the application beans created inside them, and the connection pool's start,
			// which the first to connect pays (the tool; without one, Hibernate).
			Map<String, List<Double>> steps = new LinkedHashMap<>();
			Map<String, ToolPart> parts = new LinkedHashMap<>();
			for (String variant : List.of("migrate", "flyway", "liquibase")) {
				parts.put(variant, new ToolPart());
				List<String> withSteps = command(classPaths.get(variant), revisions, databases.get(variant), true);
				for (int i = 0; i < breakdownRuns; i++) {
					List<String> output = run(withSteps);
					parts.get(variant).add(value(output, "TOOL "), poolStartMs(output));
					if (variant.equals("migrate")) {
						for (String line : output) {
							if (line.startsWith("STEP ")) {
								String[] fields = line.split(" ", 4);
								String key = fields[1] + ((fields.length > 3) ? " " + fields[3] : "");
								steps.computeIfAbsent(key, (k) -> new ArrayList<>()).add(Double.parseDouble(fields[2]));
							}
						}
					}
				}
			}
			return report(size, rounds, breakdownRuns, times, mainCpu, steps, parts);
		}
		finally {
			databases.values().forEach(TestDatabase::close);
		}
	}

	/**
	 * A class path root holding each tool's files at its default location, as an
	 * application packages them.
	 */
	private static Path classpathLayout(Workload workload) throws IOException {
		Path root = workload.root().resolve("classpath");
		copy(workload.migrateDir(), root.resolve("db/revisions"));
		copy(workload.flywayDir(), root.resolve("db/migration"));
		copy(workload.liquibaseDir(), root.resolve("db/changelog"));
		return root;
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/**
	 * Fails unless every tool's database is at its head after the warm-up runs, so that
	 * the timed runs have nothing pending.
	 */
	private static void checkAtHead(Workload workload, Map<String, TestDatabase> databases) throws SQLException {
		String lastTable = "t_" + workload.size();
		for (Map.Entry<String, TestDatabase> entry : databases.entrySet()) {
			if (count(entry.getValue(), "SELECT count(*) FROM pg_class WHERE relname = '" + lastTable + "'") != 1) {
				throw new IllegalStateException(entry.getKey() + ": table " + lastTable + " missing after warm-up");
			}
		}
		TestDatabase migrateDb = databases.get("migrate");
		int pending = Migrate
			.create(MigrateConfig.builder()
				.url(migrateDb.jdbcUrl())
				.user(migrateDb.user())
				.password(migrateDb.password())
				.locations("filesystem:" + workload.migrateDir())
				.build())
			.pending()
			.steps()
			.size();
		TestDatabase flywayDb = databases.get("flyway");
		int flywayPending = Flyway.configure()
			.dataSource(flywayDb.jdbcUrl(), flywayDb.user(), flywayDb.password())
			.locations("filesystem:" + workload.flywayDir())
			.load()
			.info()
			.pending().length;
		long liquibaseApplied = count(databases.get("liquibase"), "SELECT count(*) FROM databasechangelog");
		if (pending != 0 || flywayPending != 0 || liquibaseApplied != workload.size()) {
			throw new IllegalStateException(
					"Not at head after warm-up: migrate pending " + pending + ", Flyway pending " + flywayPending
							+ ", Liquibase applied " + liquibaseApplied + " of " + workload.size());
		}
	}

	private static long count(TestDatabase database, String sql) throws SQLException {
		try (Connection connection = database.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static List<String> command(String classPath, Path revisions, TestDatabase database, boolean steps) {
		List<String> command = new ArrayList<>(List.of(JAVA));
		if (steps) {
			command.add("-Dbench.steps=true");
		}
		command.addAll(List.of("-cp", classPath + java.io.File.pathSeparator + revisions, APP,
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.user()));
		if (database.password() != null && !database.password().isEmpty()) {
			command.add("--spring.datasource.password=" + database.password());
		}
		return command;
	}

	private static List<String> run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			System.err.println(output);
			throw new IllegalStateException("Failed (" + process.exitValue() + "): " + String.join(" ", command));
		}
		return output.lines().toList();
	}

	private static double value(List<String> output, String prefix) {
		return output.stream()
			.filter((line) -> line.startsWith(prefix))
			.mapToDouble((line) -> Double.parseDouble(line.substring(prefix.length()).trim()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"The application printed no " + prefix + "line:\n" + String.join("\n", output)));
	}

	/**
	 * How long HikariCP took to start the pool (its first connection), from the
	 * timestamps of its "Starting..." and "Start completed." log lines.
	 */
	private static double poolStartMs(List<String> output) {
		Instant starting = null;
		for (String line : output) {
			if (line.contains("HikariPool-1 - Starting...")) {
				starting = Instant.parse(line.substring(0, line.indexOf(' ')));
			}
			else if (line.contains("HikariPool-1 - Start completed.") && starting != null) {
				return Duration.between(starting, Instant.parse(line.substring(0, line.indexOf(' ')))).toNanos() / 1e6;
			}
		}
		throw new IllegalStateException("No HikariCP start in the output:\n" + String.join("\n", output));
	}

	/** A tool's own part of each breakdown run, and the pool's start inside it. */
	private static final class ToolPart {

		private final List<Double> own = new ArrayList<>();

		private final List<Double> pool = new ArrayList<>();

		private final List<Double> ownWithoutPool = new ArrayList<>();

		void add(double ownMs, double poolMs) {
			this.own.add(ownMs);
			this.pool.add(poolMs);
			this.ownWithoutPool.add(ownMs - poolMs);
		}

	}

	private static List<String> report(int size, int rounds, int breakdownRuns, Map<String, List<Double>> times,
			Map<String, List<Double>> mainCpu, Map<String, List<Double>> steps, Map<String, ToolPart> parts) {
		List<String> lines = new ArrayList<>();
		double none = Stats.median(times.get("none"));
		double flywayAdds = Stats.median(times.get("flyway")) - none;
		double noneCpu = Stats.median(mainCpu.get("none"));
		lines.add("## N = " + size + " (" + rounds + " interleaved rounds; JVM start to ApplicationReadyEvent)");
		lines.add("");
		lines.add("| variant | median ms | min-max ms | adds (median - none) ms | adds / Flyway's adds "
				+ "| main-thread CPU median ms | main-thread CPU adds ms |");
		lines.add("|---|---:|---:|---:|---:|---:|---:|");
		times.forEach((variant, values) -> {
			double median = Stats.median(values);
			double cpu = Stats.median(mainCpu.get(variant));
			boolean baseline = variant.equals("none");
			lines.add(String.format("| %s | %.0f | %.0f-%.0f | %s | %s | %.0f | %s |", variant, median,
					Collections.min(values), Collections.max(values),
					baseline ? "" : String.format("%.0f", median - none),
					baseline ? "" : String.format("%.2f", (median - none) / flywayAdds), cpu,
					baseline ? "" : String.format("%.0f", cpu - noneCpu)));
		});
		lines.add("");
		lines.add("Each tool's own part of a start, median of " + breakdownRuns
				+ " runs with BufferingApplicationStartup (ms): its beans' creation less the application beans "
				+ "created inside them; the pool's start (HikariCP's first connection, paid by whoever connects first) "
				+ "shown apart:");
		lines.add("");
		lines.add("| tool | own incl. pool start | pool start | own without pool start | "
				+ "own without pool start / Flyway's |");
		lines.add("|---|---:|---:|---:|---:|");
		double flywayOwn = Stats.median(parts.get("flyway").ownWithoutPool);
		parts.forEach((tool,
				part) -> lines.add(String.format("| %s | %.0f | %.0f | %.0f | %.2f |", tool, Stats.median(part.own),
						Stats.median(part.pool), Stats.median(part.ownWithoutPool),
						Stats.median(part.ownWithoutPool) / flywayOwn)));
		lines.add("");
		lines.add("migrate's startup steps, median of " + breakdownRuns
				+ " runs with BufferingApplicationStartup (ms; min-max):");
		lines.add("");
		lines.add("| step | median ms | min-max ms |");
		lines.add("|---|---:|---:|");
		steps.forEach((step, values) -> lines.add(String.format("| %s | %.1f | %.1f-%.1f |", step, Stats.median(values),
				Collections.min(values), Collections.max(values))));
		lines.add("");
		return lines;
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

	private static Database target(TestDatabase database) {
		return new Database(database.jdbcUrl(), database.user(), database.password());
	}

}
