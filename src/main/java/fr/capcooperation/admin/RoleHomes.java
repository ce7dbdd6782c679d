package fr.capcooperation.admin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.SavedRequest;

import fr.capcooperation.web.SiteSecurity;

/**
 * Where a login leads: back to the page that sent the visitor to the login page (kept in
 * {@link SiteSecurity#SAVED_REQUESTS}) when their role may open it, otherwise to their role's
 * home ({@link Role#home()}): a trainer's live sessions, an editor's draft, an admin's
 * back-office home.
 */
final class RoleHomes extends SavedRequestAwareAuthenticationSuccessHandler {

	private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;

	RoleHomes(ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
		this.privileges = privileges;
		setRequestCache(SiteSecurity.SAVED_REQUESTS);
		setAlwaysUseDefaultTargetUrl(false);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		SavedRequest saved = SiteSecurity.SAVED_REQUESTS.getRequest(request, response);
		if (saved != null && !allowed(saved, request, authentication)) {
			SiteSecurity.SAVED_REQUESTS.removeRequest(request, response);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** Whether the page asked for opens for this account (a trainer sent from the draft goes home instead). */
	private boolean allowed(SavedRequest saved, HttpServletRequest request, Authentication authentication) {
		String uri = saved instanceof DefaultSavedRequest asked ? asked.getRequestURI() : null;
		if (uri == null || !uri.startsWith(request.getContextPath())) {
			return false;
		}
		WebInvocationPrivilegeEvaluator evaluator = privileges.getIfAvailable();
		return evaluator == null || evaluator.isAllowed(request.getContextPath(),
				uri.substring(request.getContextPath().length()), saved.getMethod(), authentication);
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			@Nullable Authentication authentication) {
		return authentication == null ? "/" : Role.homeOf(authentication.getAuthorities());
	}
}
