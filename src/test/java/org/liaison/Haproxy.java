package org.liaison;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy from the machine's packages, run in the foreground with a configuration of the
 * test's own, in front of what the test starts: Liaison instances, or the database.
 */
final class Haproxy implements AutoCloseable {

	static final Path BINARY = Path.of("/usr/sbin/haproxy");

	private final String name;

	private final Process process;

	private final Path log;

	private Haproxy(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	static boolean installed() {
		return Files.isExecutable(BINARY);
	}

	/**
	 * Starts HAProxy and waits until it listens on the port its configuration binds.
	 * @param configuration the whole configuration, binding {@code 127.0.0.1:port}
	 */
	static Haproxy start(String name, String configuration, int port, Path logs)
			throws IOException, InterruptedException {
		Path file = logs.resolve(name + ".cfg");
		Files.writeString(file, configuration);
		Path log = logs.resolve(name + ".log");
		Process process = new ProcessBuilder(BINARY.toString(), "-db", "-f", file.toString()).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		Haproxy haproxy = new Haproxy(name, process, log);
		haproxy.awaitListening(port);
		return haproxy;
	}

	private void awaitListening(int port) throws InterruptedException {
		for (int attempt = 0; attempt < 80; attempt++) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " stopped; see " + log);
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 250);
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(250);
			}
		}
		throw new IllegalStateException(name + " did not listen on " + port + "; see " + log);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(10, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

}
