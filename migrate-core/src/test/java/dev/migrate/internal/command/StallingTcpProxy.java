package dev.migrate.internal.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder to the test database whose answers can be stopped: after
 * {@link #stall()} nothing the server sends reaches the client any more, while every
 * connection stays open (a server or network that stops answering mid-session).
 */
final class StallingTcpProxy implements AutoCloseable {

	private final ServerSocket server;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean stalled;

	StallingTcpProxy(String targetHost, int targetPort) throws IOException {
		server = new ServerSocket();
		server.bind(new InetSocketAddress("127.0.0.1", 0));
		Thread acceptor = new Thread(() -> {
			try {
				while (!server.isClosed()) {
					Socket client = server.accept();
					Socket target = new Socket(targetHost, targetPort);
					sockets.add(client);
					sockets.add(target);
					pump(client.getInputStream(), target.getOutputStream(), false);
					pump(target.getInputStream(), client.getOutputStream(), true);
				}
			}
			catch (IOException ex) {
				// Closed by the test.
			}
		}, "stalling-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	/** From now on the server's answers are held back. */
	void stall() {
		stalled = true;
	}

	private void pump(InputStream in, OutputStream out, boolean answers) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (in; out) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					while (answers && stalled) {
						Thread.sleep(50);
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// One side closed the connection.
			}
		}, "stalling-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	/** Closes every connection, which also ends the sessions behind them. */
	@Override
	public void close() throws IOException {
		server.close();
		for (Socket socket : sockets) {
			socket.close();
		}
	}

}
