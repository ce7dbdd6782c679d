package fr.capcooperation.database;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a visitor gets when the database fails them, from any page, filter or session store:
 * <ul>
 * <li>the database unreachable or unable to write (told by the failure, or by the health check
 * when the failure does not say): the French 503 page (« momentanément indisponible », nothing
 * already saved is lost) with {@code Retry-After}, and one WARN line;</li>
 * <li>an update that lost to concurrent ones on every attempt (four answers to one journey at
 * the same instant): the French 409 page, asking to reload and try again.</li>
 * </ul>
 * Neither is a bug of the application, so neither is a 500 with a stack trace in the log. It
 * sits outside Spring Session's filter, whose writes to the database happen after the page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseFailurePages extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseFailurePages.class);

	static final String RETRY_AFTER_SECONDS = "30";

	/** Absent where no database is configured (a test of the web layer alone). */
	private final ObjectProvider<DatabaseHealth> health;

	DatabaseFailurePages(ObjectProvider<DatabaseHealth> health) {
		this.health = health;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			// the page may have been rendered before the session store failed: its type would
			// choose the error page's format, so the error page chooses from the request alone
			response.setContentType(null);
			boolean unavailable = DatabaseFailures.isUnavailable(ex);
			DatabaseHealth check = health.getIfAvailable();
			if (unavailable && check != null) {
				check.failed();
			}
			// a failure that does not say what it is (a rollback on a lost connection) while the
			// database cannot write is part of the outage, not a bug
			if (unavailable || DatabaseFailures.isDatabaseFailure(ex) && !DatabaseFailures.isConcurrentUpdate(ex)
					&& check != null && !check.writable()) {
				log.warn("Database unavailable, 503 for {} {}: {}", request.getMethod(), request.getRequestURI(),
						DatabaseFailures.rootMessage(ex));
				response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
			else if (DatabaseFailures.isConcurrentUpdate(ex)) {
				log.warn("Concurrent updates lost on every attempt, 409 for {} {}", request.getMethod(),
						request.getRequestURI());
				response.sendError(HttpStatus.CONFLICT.value());
			}
			else {
				throw ex;
			}
		}
	}
}
