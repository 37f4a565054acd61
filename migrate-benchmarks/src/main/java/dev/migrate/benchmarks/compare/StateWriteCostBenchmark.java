package dev.migrate.benchmarks.compare;

import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each piece of the per-revision state write costs: one round trip of each candidate
 * statement, repeated inside a transaction that has just created tables (as a revision's
 * transaction has when its state rows are written), while another session holds the
 * migration lock and a token lock. Reported per call: wall time, and the server backend's
 * CPU time from {@code /proc/PID/stat} (the embedded server runs on this machine), which
 * a loaded machine inflates less than wall time. Rounds rotate the statements' order. The
 * statements are copies of what {@code MigrationLock} and {@code StepRunner} send. <pre>
 * java -cp "migrate-benchmarks/target/classes:$(cat migrate-benchmarks/target/classpath.txt)" \
 *      dev.migrate.benchmarks.compare.StateWriteCostBenchmark [calls per round] [rounds]
 * </pre>
 */
public final class StateWriteCostBenchmark {

	private static final long LOCK_KEY = 123456789012L;

	private static final int TOKEN_HIGH = 17;

	private static final int TOKEN_LOW = 42;

	/** Linux's clock ticks per second ({@code getconf CLK_TCK}), as /proc reports CPU. */
	private static final double TICK_MICROS = 10_000;

	private StateWriteCostBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		System.out.println("Load average at the start: " + ComparisonBenchmark.loadAverage());
		try (TestDatabase db = TestDatabase.create(); Connection lock = db.connect(); Connection run = db.connect()) {
			int lockPid;
			try (Statement statement = lock.createStatement();
					ResultSet rs = statement.executeQuery("SELECT pg_advisory_lock(" + LOCK_KEY + "), pg_advisory_lock("
							+ TOKEN_HIGH + ", " + TOKEN_LOW + "), pg_backend_pid()")) {
				rs.next();
				lockPid = rs.getInt(3);
			}
			Map<String, String> candidates = candidates(lockPid);
			int runPid = backendPid(run);
			run.setAutoCommit(false);
			try (Statement statement = run.createStatement()) {
				for (int i = 0; i < 5; i++) {
					statement.execute("CREATE TABLE t" + i + " (id bigint PRIMARY KEY, v text)");
					statement.execute("CREATE INDEX ON t" + i + " (v)");
				}
			}
			Map<String, List<Double>> wall = new LinkedHashMap<>();
			Map<String, List<Double>> cpu = new LinkedHashMap<>();
			List<String> names = new ArrayList<>(candidates.keySet());
			for (int round = -1; round < rounds; round++) {
				for (int k = 0; k < names.size(); k++) {
					String name = names.get((k + Math.max(0, round)) % names.size());
					double[] cost = time(run, runPid, candidates.get(name), calls);
					if (round >= 0) {
						wall.computeIfAbsent(name, n -> new ArrayList<>()).add(cost[0]);
						cpu.computeIfAbsent(name, n -> new ArrayList<>()).add(cost[1]);
					}
				}
			}
			System.out.println("| statement (one round trip) | wall us per call | server CPU us per call |");
			System.out.println("|---|---:|---:|");
			for (String name : names) {
				System.out.printf("| %s | %.0f | %.0f |%n", name, Stats.median(wall.get(name)),
						Stats.median(cpu.get(name)));
			}
			run.rollback();
		}
		System.out.println("Load average at the end: " + ComparisonBenchmark.loadAverage());
	}

	private static Map<String, String> candidates(int lockPid) {
		Map<String, String> candidates = new LinkedHashMap<>();
		candidates.put("SELECT 1 (a round trip doing nothing)", "SELECT 1");
		candidates.put("fence as a pg_locks scan (before)",
				"SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 "
						+ "AND pid = " + lockPid + " AND classid::bigint = " + (LOCK_KEY >>> 32)
						+ " AND objid::bigint = " + (LOCK_KEY & 0xFFFFFFFFL));
		candidates.put("fence as a try-lock on the token (now)",
				"SELECT 1 WHERE NOT pg_catalog.pg_try_advisory_xact_lock(" + TOKEN_HIGH + ", " + TOKEN_LOW + ")");
		candidates.put("session reset (role, search_path, timeouts)",
				"SELECT set_config('role', 'none', false), set_config('search_path', '\"$user\", public', false), "
						+ "set_config('lock_timeout', '0', false), set_config('statement_timeout', '0', false)");
		return candidates;
	}

	/** Wall and server CPU microseconds per call of {@code sql}. */
	private static double[] time(Connection connection, int pid, String sql, int calls) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			long cpuBefore = cpuTicks(pid);
			long start = System.nanoTime();
			for (int i = 0; i < calls; i++) {
				try (ResultSet rs = statement.executeQuery()) {
					if (!rs.next()) {
						throw new IllegalStateException("no row from " + sql);
					}
				}
			}
			double wall = (System.nanoTime() - start) / 1e3 / calls;
			return new double[] { wall, (cpuTicks(pid) - cpuBefore) * TICK_MICROS / calls };
		}
	}

	private static int backendPid(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** utime + stime of a process, in clock ticks (fields 14 and 15 of its stat line). */
	private static long cpuTicks(int pid) throws Exception {
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

}
