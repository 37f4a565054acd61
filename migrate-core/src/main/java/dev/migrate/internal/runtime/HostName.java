package dev.migrate.internal.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * This machine's name for the history table and {@code application_name}, looked up once.
 */
final class HostName {

	private static volatile @Nullable String cached;

	private HostName() {
	}

	static String get() {
		String name = cached;
		if (name == null) {
			name = lookUp();
			cached = name;
		}
		return name;
	}

	private static String lookUp() {
		// Containers set HOSTNAME; asking the resolver can take seconds on a badly
		// configured host.
		String env = System.getenv("HOSTNAME");
		if (env != null && !env.isBlank()) {
			return env;
		}
		// Linux keeps the name in a file: reading it costs far less than starting the
		// resolver.
		try {
			String kernel = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
			if (!kernel.isEmpty()) {
				return kernel;
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux, or not readable: ask the resolver
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown";
		}
	}

	/** {@code migrate <role> <host> pid <pid>}, cut to PostgreSQL's 63-byte limit. */
	static String applicationName(String role) {
		String name = "migrate " + role + " " + get() + " pid " + ProcessHandle.current().pid();
		return name.length() <= 63 ? name : name.substring(0, 63);
	}

}
