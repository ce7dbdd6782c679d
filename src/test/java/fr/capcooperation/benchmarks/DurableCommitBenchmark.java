package fr.capcooperation.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.util.FileSystemUtils;

/**
 * What the answer POST's commit costs in an H2 file: one journey's answers updated and
 * committed, with each commit written to the file before it returns ({@code WRITE_DELAY=0}, what
 * ships) and with H2's default (written in the background, up to about a second later). One
 * thread: the cost of a commit itself, not the server around it. Run: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DurableCommitBenchmark {

	@Param({ "0", "500" })
	public int writeDelay;

	private Path folder;
	private Connection connection;
	private PreparedStatement update;
	private long counter;

	@Setup(Level.Trial)
	public void open() throws IOException, SQLException {
		folder = Files.createTempDirectory("capcoop-commit-");
		connection = DriverManager.getConnection(
				"jdbc:h2:file:" + folder.resolve("capcoop") + ";AUTO_SERVER=FALSE;WRITE_DELAY=" + writeDelay, "sa", "");
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE questionnaire_response (id BIGINT PRIMARY KEY, answers TEXT NOT NULL, "
					+ "row_version BIGINT NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL)");
			statement.execute("INSERT INTO questionnaire_response SELECT x, '{}', 0, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 1000)");
		}
		update = connection.prepareStatement("UPDATE questionnaire_response SET answers = ?, row_version = row_version + 1, "
				+ "updated_at = CURRENT_TIMESTAMP WHERE id = ?");
	}

	@Benchmark
	public int answerAndCommit() throws SQLException {
		counter++;
		update.setString(1, "{\"integration\":\"mutualiser\",\"partners\":[\"associations\",\"public\"],\"member_count\":"
				+ counter % 50 + "}");
		update.setLong(2, counter % 1000 + 1);
		return update.executeUpdate(); // auto-commit: one commit per answer, as the POST does
	}

	@TearDown(Level.Trial)
	public void close() throws SQLException, IOException {
		connection.close();
		FileSystemUtils.deleteRecursively(folder);
	}
}
