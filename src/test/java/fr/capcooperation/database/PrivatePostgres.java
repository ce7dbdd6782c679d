package fr.capcooperation.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server of the test's own (Debian's binaries, a throw-away data folder, a free
 * port on 127.0.0.1), which the test may stop and start at will: the shared server that other
 * tests use is never touched. As root, the server runs as the {@code postgres} user (PostgreSQL
 * refuses to run as root). Where the binaries are missing, the test is skipped, saying so.
 */
final class PrivatePostgres implements AutoCloseable {

	static final String DATABASE = "capcoop";

	static final String USER = "capcoop";

	private final Path bin;
	private final Path folder;
	private final int port;
	private final Thread cleanUp = new Thread(this::destroy, "private-postgres-clean-up");

	private PrivatePostgres(Path bin, Path folder, int port) {
		this.bin = bin;
		this.folder = folder;
		this.port = port;
	}

	/** Creates, starts and fills in the server, or skips the test when this machine cannot run one. */
	static PrivatePostgres start() throws Exception {
		Path bin = binaries();
		Assumptions.assumeTrue(bin != null, "no PostgreSQL binaries under /usr/lib/postgresql/*/bin: "
				+ "the database outage test is skipped (apt-get install postgresql; .ci/run does)");
		boolean root = "root".equals(System.getProperty("user.name"));
		Assumptions.assumeTrue(!root || Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser")),
				"running as root without runuser: PostgreSQL cannot be started, the database outage test is skipped");
		Path folder = Files.createTempDirectory("capcoop-private-pg-");
		if (root) {
			Files.setOwner(folder, folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
		}
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		PrivatePostgres server = new PrivatePostgres(bin, folder, port);
		Runtime.getRuntime().addShutdownHook(server.cleanUp);
		server.run("initdb", "-D", server.data(), "-U", USER, "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C");
		server.resume();
		try (Connection connection = DriverManager.getConnection(server.url("postgres"), USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + DATABASE);
		}
		return server;
	}

	private static Path binaries() throws IOException {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return null;
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.map(version -> version.resolve("bin"))
				.filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
				.max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))))
				.orElse(null);
		}
	}

	String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	String url() {
		return url(DATABASE);
	}

	/** Stops the server as an operator would (fast shutdown: connections are cut). */
	void stop() throws Exception {
		run("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "60", "stop");
	}

	/** Starts the server again on the same port and data. */
	void resume() throws Exception {
		run("pg_ctl", "-D", data(), "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off",
				"-l", folder.resolve("server.log").toString(), "-w", "-t", "60", "start");
	}

	/** Runs SQL as the server's superuser, for instance to make it read-only. */
	void execute(String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, "");
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	@Override
	public void close() {
		destroy();
		try {
			Runtime.getRuntime().removeShutdownHook(cleanUp);
		}
		catch (IllegalStateException shuttingDown) {
			// the hook is running
		}
	}

	private void destroy() {
		try {
			run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "-t", "30", "stop");
		}
		catch (Exception alreadyStopped) {
			// nothing to stop
		}
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			// a temporary folder: the system will clean it
		}
	}

	private String data() {
		return folder.resolve("data").toString();
	}

	private void run(String program, String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(bin.resolve(program).toString());
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("commands.log").toFile()))
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(program + " failed: " + Files.readString(folder.resolve("commands.log")));
		}
	}
}
