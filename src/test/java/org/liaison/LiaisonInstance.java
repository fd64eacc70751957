package org.liaison;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Liaison running in a process of its own, as a deployment runs it, from the classes this
 * build compiled (not the tests' own, nor their settings). Its output goes to a log file,
 * which a failing test names.
 */
final class LiaisonInstance implements AutoCloseable {

	private static final Duration START_TIME = Duration.ofSeconds(180);

	private final String name;

	private final int port;

	private final Process process;

	private final Path log;

	private LiaisonInstance(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts an instance on the given port and waits until it says it is ready.
	 * @param environment what the instance is given beside the port, as a deployment
	 * gives it: the database, the first administrator
	 */
	static LiaisonInstance start(String name, int port, Map<String, String> environment, Path logs)
			throws IOException, InterruptedException {
		Path log = logs.resolve(name + ".log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
						applicationClassPath(), LiaisonApplication.class.getName(), "--server.port=" + port));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		LiaisonInstance instance = new LiaisonInstance(name, port, builder.start(), log);
		instance.awaitReady();
		return instance;
	}

	/**
	 * What a deployment gives an instance of a database of its own: where it is, as whom
	 * to connect (this run's user, as {@code .ci/run} sets it), no demo data, and where
	 * to keep its files.
	 */
	static Map<String, String> onDatabase(String url, Path dataDir) {
		Map<String, String> environment = new HashMap<>();
		environment.put("SPRING_DATASOURCE_URL", url);
		environment.put("SPRING_DATASOURCE_USERNAME",
				System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"));
		environment.put("SPRING_DATASOURCE_PASSWORD", System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
		String replica = System.getenv("LIAISON_REPLICA_URL");
		if (replica != null && !replica.isBlank()) {
			environment.put("LIAISON_REPLICA_URL", onReplica(url, replica));
		}
		environment.put("LIAISON_DEMO_ENABLED", "false");
		environment.put("LIAISON_DATA_DIR", dataDir.toAbsolutePath().toString());
		return environment;
	}

	/**
	 * The instance's database on the run's replica: the replica streams the whole
	 * cluster, so the same database is there under the same name, on the replica's host
	 * and port.
	 */
	private static String onReplica(String url, String replica) {
		URI database = URI.create(url.substring("jdbc:".length()));
		URI replicaServer = URI.create(replica.substring("jdbc:".length()));
		return "jdbc:" + database.getScheme() + "://" + replicaServer.getRawAuthority() + database.getRawPath()
				+ (database.getRawQuery() == null ? "" : "?" + database.getRawQuery());
	}

	/**
	 * The class path of this run without the tests' classes and their settings. Surefire
	 * names the whole path in a property of its own; its JVM's own path is a jar that
	 * only points to it.
	 */
	private static String applicationClassPath() {
		String separator = System.getProperty("path.separator");
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classPath.split(separator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(Collectors.joining(separator));
	}

	private void awaitReady() throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest readiness = HttpRequest.newBuilder(uri("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(START_TIME);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " stopped while starting; see " + log);
			}
			try {
				if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(name + " was not ready within " + START_TIME + "; see " + log);
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	String name() {
		return name;
	}

	int port() {
		return port;
	}

	/** Stops the instance as an orchestrator does, with a signal to shut down. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			stop();
		}
	}

	@Override
	public String toString() {
		return name + " (port " + port + ", log " + log + ")";
	}

}
