package dev.migrate.benchmarks.compare;

/** Where a tool runs: a fresh database on the benchmark server. */
public record Database(String url, String user, String password) {
}
