package dev.migrate.benchmarks.compare;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The least a no-op start that validates checksums can do, written as plainly as possible
 * and with no tool: read and SHA-256 every revision file, connect, read the recorded
 * checksums, compare. Run in a fresh JVM against a database migrate has brought up to
 * date, it shows how much of a tool's fresh-JVM time is the JVM, the driver and the files
 * themselves.
 */
final class NoOpFloor {

	private NoOpFloor() {
	}

	static void run(Workload workload, Database database) throws Exception {
		Path dir = workload.migrateDir();
		String[] names = new File(dir.toString()).list();
		Arrays.sort(names);
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		Map<String, byte[]> checksums = new HashMap<>();
		for (String name : names) {
			checksums.put(name.substring(0, name.indexOf('_')), sha256.digest(Files.readAllBytes(dir.resolve(name))));
		}
		int matched = 0;
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT revision, checksum FROM migrate_history WHERE success")) {
			while (rs.next()) {
				byte[] file = checksums.get(rs.getString(1));
				if (file != null && rs.getString(2).equals(java.util.HexFormat.of().formatHex(file))) {
					matched++;
				}
			}
		}
		if (matched != workload.size()) {
			throw new IllegalStateException("expected " + workload.size() + " matching checksums, found " + matched);
		}
	}

	/**
	 * The plainest fresh-JVM database program: connect with pgjdbc and read one row, no
	 * files at all.
	 */
	static void oneRow(Database database) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT revision FROM migrate_version")) {
			if (!rs.next()) {
				throw new IllegalStateException("migrate_version is empty");
			}
		}
	}

}
