package dev.migrate.benchmarks;

import dev.migrate.testing.TestDatabaseServer;
import dev.migrate.testing.TestDatabaseServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fresh database per test class costs on the kit's server (embedded PostgreSQL),
 * side by side in one run, interleaved so that the machine's load hits every variant
 * alike: {@code CREATE DATABASE} from {@code template1} (what the kit does), from an
 * empty template database of our own, each with PostgreSQL's default {@code WAL_LOG}
 * strategy and with {@code FILE_COPY}; each created database is dropped again. Run from
 * the repository root:
 *
 * <pre>
 * ./mvnw -q -pl migrate-benchmarks -am package -DskipTests
 * cd migrate-benchmarks && java -cp "target/classes:$(cat target/classpath.txt)" dev.migrate.benchmarks.FreshDatabaseBenchmark
 * </pre>
 */
public final class FreshDatabaseBenchmark {

	private static final int ROUNDS = 15;

	private FreshDatabaseBenchmark() {
	}

	public static void main(String[] args) throws SQLException {
		TestDatabaseServer server = TestDatabaseServers.shared();
		Map<String, String> variants = new LinkedHashMap<>();
		variants.put("template1 (WAL_LOG)", "");
		variants.put("own empty template (WAL_LOG)", " TEMPLATE bench_template");
		variants.put("own empty template, FILE_COPY", " TEMPLATE bench_template STRATEGY FILE_COPY");
		variants.put("template1, FILE_COPY", " STRATEGY FILE_COPY");
		Map<String, List<Long>> create = new LinkedHashMap<>();
		Map<String, List<Long>> drop = new LinkedHashMap<>();
		try (Connection admin = DriverManager.getConnection(server.jdbcUrl(server.adminDatabase()), server.user(),
				server.password())) {
			microseconds(admin, "DROP DATABASE IF EXISTS bench_template");
			microseconds(admin, "CREATE DATABASE bench_template IS_TEMPLATE true");
			for (int round = 0; round < ROUNDS; round++) {
				for (Map.Entry<String, String> variant : variants.entrySet()) {
					create.computeIfAbsent(variant.getKey(), (key) -> new ArrayList<>())
						.add(microseconds(admin, "CREATE DATABASE bench_fresh" + variant.getValue()));
					drop.computeIfAbsent(variant.getKey(), (key) -> new ArrayList<>())
						.add(microseconds(admin, "DROP DATABASE bench_fresh WITH (FORCE)"));
				}
			}
			microseconds(admin, "ALTER DATABASE bench_template IS_TEMPLATE false");
			microseconds(admin, "DROP DATABASE bench_template");
		}
		System.out.printf("%n%-32s %14s %14s %14s%n", "CREATE DATABASE from", "median ms", "min ms", "drop median");
		for (String variant : variants.keySet()) {
			System.out.printf("%-32s %14.0f %14.0f %14.0f%n", variant, median(create.get(variant)) / 1000.0,
					Collections.min(create.get(variant)) / 1000.0, median(drop.get(variant)) / 1000.0);
		}
	}

	private static long microseconds(Connection connection, String sql) throws SQLException {
		long start = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		return (System.nanoTime() - start) / 1000;
	}

	private static double median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
