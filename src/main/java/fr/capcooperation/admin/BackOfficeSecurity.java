package fr.capcooperation.admin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import fr.capcooperation.web.SiteSecurity;

/**
 * Who may do what under {@code /admin}: the login page is open; EDITOR edits the draft, previews,
 * reads history and statistics; only ADMIN publishes, restores, manages accounts and reads the
 * audit log. The French form login (accounts from {@link AccountService}), a new session id at
 * login, logout. Logins are checked by {@link LoginAttempts} (throttled per client and per account); a
 * failed one says the same whatever the reason. Anonymous visitors go to the login page, and back to
 * the page they asked for once logged in (or to their role's home: {@link RoleHomes}).
 */
@Configuration(proxyBeanMethods = false)
class BackOfficeSecurity {

	@Bean
	@Order(10)
	SecurityFilterChain backOffice(HttpSecurity http, ObjectProvider<WebInvocationPrivilegeEvaluator> privileges)
			throws Exception {
		return SiteSecurity.accountForms(http.securityMatcher("/admin", "/admin/**"))
			.authorizeHttpRequests(requests -> requests.requestMatchers(SiteSecurity.LOGIN_PAGE)
				.permitAll()
				.requestMatchers("/admin", "/admin/", "/admin/mot-de-passe")
				.authenticated()
				.requestMatchers("/admin/comptes/**", "/admin/journal/**", "/admin/publier", "/admin/historique/*/restaurer")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name()))
			.formLogin(form -> form.loginPage(SiteSecurity.LOGIN_PAGE)
				.loginProcessingUrl(SiteSecurity.LOGIN_PAGE)
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(new RoleHomes(privileges))
				.failureHandler(loginFailures()))
			.logout(logout -> logout.logoutUrl("/admin/deconnexion")
				.logoutSuccessUrl(SiteSecurity.LOGIN_PAGE + "?deconnecte")
				.deleteCookies("JSESSIONID", "SESSION"))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SiteSecurity.LOGIN_PAGE)))
			.build();
	}

	/**
	 * Where a failed login goes: one message for a wrong password, an unknown, locked or disabled
	 * account alike; another when the client has used up its attempts. Nothing is kept in a
	 * session: a failed login stores none.
	 */
	private static AuthenticationFailureHandler loginFailures() {
		return (request, response, exception) -> {
			String query = exception instanceof LoginAttempts.TooManyLogins tooMany ? "?trop=" + tooMany.minutes() : "?erreur";
			response.sendRedirect(request.getContextPath() + SiteSecurity.LOGIN_PAGE + query);
		};
	}
}
