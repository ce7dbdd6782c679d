package fr.capcooperation.admin;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import fr.capcooperation.web.SiteSecurity;

/**
 * Who may do what under {@code /admin}: the login page is open; EDITOR edits the draft, previews,
 * reads history and statistics; only ADMIN publishes, restores, manages accounts and reads the
 * audit log. The French form login (accounts from {@link AccountService}), a new session id at
 * login, logout; a locked or disabled account is said plainly. Anonymous visitors go to the login page.
 */
@Configuration(proxyBeanMethods = false)
class BackOfficeSecurity {

	@Bean
	@Order(10)
	SecurityFilterChain backOffice(HttpSecurity http) throws Exception {
		return SiteSecurity.forms(http.securityMatcher("/admin", "/admin/**"))
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
				.defaultSuccessUrl("/admin", true)
				.failureHandler(loginFailures()))
			.logout(logout -> logout.logoutUrl("/admin/deconnexion")
				.logoutSuccessUrl(SiteSecurity.LOGIN_PAGE + "?deconnecte")
				.deleteCookies("JSESSIONID", "SESSION"))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SiteSecurity.LOGIN_PAGE)))
			.build();
	}

	private static AuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), SiteSecurity.LOGIN_PAGE + "?verrouille",
				DisabledException.class.getName(), SiteSecurity.LOGIN_PAGE + "?desactive"));
		handler.setDefaultFailureUrl(SiteSecurity.LOGIN_PAGE + "?erreur");
		return handler;
	}
}
