package fr.capcooperation.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures become which page, whatever module or filter they come from. */
class DatabaseFailurePagesTest {

	private final DatabaseFailurePages pages = new DatabaseFailurePages(
			new StaticListableBeanFactory().getBeanProvider(DatabaseHealth.class));

	private MockHttpServletResponse after(RuntimeException failure) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain failing = (request, ignored) -> {
			throw failure;
		};
		pages.doFilter(new MockHttpServletRequest("POST", "/questionnaire"), response, failing);
		return response;
	}

	@Test
	void an_unreachable_or_read_only_database_is_a_503_with_retry_after() throws Exception {
		for (RuntimeException failure : new RuntimeException[] {
				new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("timed out")),
				new UncategorizedSQLException("update", "UPDATE x",
						new SQLException("cannot execute UPDATE in a read-only transaction", "25006")),
				new UncategorizedSQLException("insert", "INSERT x", new SQLException("could not extend file", "53100")) }) {
			MockHttpServletResponse response = after(failure);
			assertThat(response.getStatus()).as(failure.getMessage()).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseFailurePages.RETRY_AFTER_SECONDS);
		}
	}

	@Test
	void an_optimistic_lock_lost_on_every_attempt_is_a_409() throws Exception {
		assertThat(after(new OptimisticLockingFailureException("changed concurrently")).getStatus()).isEqualTo(409);
	}

	@Test
	void any_other_failure_is_left_to_the_usual_error_handling() {
		assertThatThrownBy(() -> after(new DataIntegrityViolationException("duplicate key")))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> after(new IllegalStateException("a bug"))).isInstanceOf(IllegalStateException.class);
	}
}
