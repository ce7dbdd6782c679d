package fr.capcooperation.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/** The connection breaker and the disk-space guard in front of the pool, without a database. */
class FailFastConnectionsTest {

	private final DataSource pool = mock(DataSource.class);

	@Test
	void after_a_connection_timeout_requests_fail_at_once_then_one_tries_again_and_its_success_closes_the_breaker()
			throws Exception {
		Connection connection = mock(Connection.class);
		when(pool.getConnection()).thenThrow(new SQLTransientConnectionException("timed out", "08001"))
			.thenReturn(connection);
		FailFastConnections connections = new FailFastConnections(pool, Optional.empty());

		assertThatThrownBy(connections::getConnection).hasMessage("timed out");
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(connections::getConnection).isInstanceOf(SQLTransientConnectionException.class)
				.hasMessageContaining("failing at once");
		}
		verify(pool, times(1)).getConnection();

		Thread.sleep(FailFastConnections.OPEN_NANOS / 1_000_000 + 100);
		assertThat(connections.getConnection()).isSameAs(connection);
		assertThat(connections.getConnection()).isSameAs(connection);
		verify(pool, times(3)).getConnection();
	}

	@Test
	void no_connection_is_given_while_the_disk_of_an_embedded_database_is_nearly_full() throws Exception {
		AtomicLong free = new AtomicLong(10L * 1024 * 1024);
		EmbeddedDiskSpace disk = new EmbeddedDiskSpace(free::get, 32L * 1024 * 1024);
		FailFastConnections connections = new FailFastConnections(pool, Optional.of(disk));

		assertThatThrownBy(connections::getConnection).isInstanceOfSatisfying(SQLTransientConnectionException.class,
				ex -> assertThat(ex.getSQLState()).isEqualTo("53100"));
		assertThat(DatabaseFailures.isUnavailable(new SQLTransientConnectionException("x", "53100"))).isTrue();
		verify(pool, times(0)).getConnection();

		free.set(1024L * 1024 * 1024);
		Thread.sleep(1_100); // the free space is read at most once a second
		connections.getConnection();
		verify(pool, times(1)).getConnection();
	}

	@Test
	void the_disk_is_watched_for_h2_files_only() {
		assertThat(EmbeddedDiskSpace.of("jdbc:h2:file:./data/capcoop;AUTO_SERVER=FALSE;WRITE_DELAY=0", 1)).isPresent();
		assertThat(EmbeddedDiskSpace.of("jdbc:h2:./data/capcoop", 1)).isPresent();
		assertThat(EmbeddedDiskSpace.of("jdbc:h2:~/capcoop", 1)).isPresent();
		assertThat(EmbeddedDiskSpace.of("jdbc:h2:file:./data/capcoop", 0)).isEmpty();
		assertThat(EmbeddedDiskSpace.of("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", 1)).isEmpty();
		assertThat(EmbeddedDiskSpace.of("jdbc:h2:tcp://db.example/capcoop", 1)).isEmpty();
		assertThat(EmbeddedDiskSpace.of("jdbc:postgresql://localhost:5432/capcoop", 1)).isEmpty();
	}
}
