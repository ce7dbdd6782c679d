package fr.capcooperation.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A password given by someone else (the first admin's, from the environment or the log; an
 * account's first, typed by an admin) must be replaced by its owner before anything else: the
 * session of such a login ({@link LoginAttempts#PASSWORD_CHANGE_REQUIRED}) reaches only
 * {@code /admin/mot-de-passe} (and logout); every other back-office or trainer page sends it
 * there. Once changed, the session is relieved of it.
 */
class FirstPasswordChange implements HandlerInterceptor {

	static final String PASSWORD_PAGE = "/admin/mot-de-passe";

	/** The paths where a pending change is enforced (registered by {@link BackOfficeWebConfiguration}). */
	static final List<String> PATHS = List.of("/admin", "/admin/**", "/formateur", "/formateur/**");

	private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
		if (!required(SecurityContextHolder.getContext().getAuthentication())
				|| PASSWORD_PAGE.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			return true;
		}
		response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
		return false;
	}

	static boolean required(@Nullable Authentication authentication) {
		return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(LoginAttempts.PASSWORD_CHANGE_REQUIRED::equals);
	}

	/** After the change: the same login without the obligation, under a new session id. */
	static void changed(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null) {
			return;
		}
		List<GrantedAuthority> kept = current.getAuthorities()
			.stream()
			.filter(authority -> !LoginAttempts.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()))
			.map(GrantedAuthority.class::cast)
			.toList();
		UsernamePasswordAuthenticationToken relieved = UsernamePasswordAuthenticationToken.authenticated(current.getName(),
				null, kept);
		relieved.setDetails(current.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(relieved);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		CONTEXTS.saveContext(context, request, response);
	}
}
