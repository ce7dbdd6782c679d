package fr.capcooperation.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters Tomcat cannot read (a malformed query string or form body: an
 * invalid percent-encoding, bytes that are not UTF-8, too many parameters) is the client's
 * mistake, not the application's: the French error page with Tomcat's status (400, or 413 for
 * too many parameters) and one WARN line without a stack trace, instead of an ERROR with one
 * (Tomcat 11 throws from the first {@code getParameter} call, wherever it is).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MalformedRequests extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			InvalidParameterException invalid = invalidParameters(ex);
			if (invalid == null || response.isCommitted()) {
				throw ex;
			}
			int status = invalid.getErrorCode() >= 400 && invalid.getErrorCode() < 500 ? invalid.getErrorCode() : 400;
			log.warn("Malformed request refused ({}): {} {}: {}", status, request.getMethod(), request.getRequestURI(),
					invalid.getMessage());
			response.sendError(status);
		}
	}

	private static @Nullable InvalidParameterException invalidParameters(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid) {
				return invalid;
			}
		}
		return null;
	}
}
