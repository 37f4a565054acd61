package dev.migrate.internal.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A TCP forwarder to the test database that only starts listening after a delay, standing
 * in for a database that is still starting up (connections are refused until then).
 */
final class DelayedTcpProxy implements AutoCloseable {

	private final int port;

	private final Thread acceptor;

	private volatile ServerSocket server;

	DelayedTcpProxy(String targetHost, int targetPort, Duration delay) throws IOException {
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		acceptor = new Thread(() -> run(targetHost, targetPort, delay), "delayed-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return port;
	}

	private void run(String targetHost, int targetPort, Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
			server = new ServerSocket();
			server.bind(new InetSocketAddress("127.0.0.1", port));
			while (!server.isClosed()) {
				Socket client = server.accept();
				Socket target = new Socket(targetHost, targetPort);
				pump(client.getInputStream(), target.getOutputStream());
				pump(target.getInputStream(), client.getOutputStream());
			}
		}
		catch (IOException | InterruptedException ex) {
			// Closed by the test.
		}
	}

	private static void pump(InputStream in, OutputStream out) {
		Thread thread = new Thread(() -> {
			try (in; out) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// One side closed the connection.
			}
		}, "delayed-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		acceptor.interrupt();
		if (server != null) {
			server.close();
		}
	}

}
