package fr.capcooperation.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public site needs no account; every HTML form carries a CSRF token (kept in a cookie, so
 * that no server session ties a respondent to one instance); the JSON API is stateless and
 * exempt. Security headers forbid inline script, framing and referrer leaks. The back-office
 * ({@code /admin}) has a French form login (accounts come from the admin module's
 * {@code UserDetailsService}), a new session id at login, and logout; EDITOR edits drafts,
 * only ADMIN publishes, restores, manages accounts and reads the audit log.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
class SecurityConfiguration {

	static final String LOGIN_PAGE = "/admin/connexion";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Browser features no page uses are off, for the site and anything it could ever embed; the
	 * deck's full screen (F key) and "Copier le lien" keep theirs, for this origin only.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), serial=(), "
			+ "hid=(), screen-wake-lock=(), xr-spatial-tracking=(), browsing-topics=(), fullscreen=(self), "
			+ "clipboard-write=(self)";

	@Bean
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/admin/connexion").permitAll()
				.requestMatchers("/admin", "/admin/", "/admin/mot-de-passe").authenticated()
				.requestMatchers("/admin/comptes/**", "/admin/journal/**", "/admin/publier",
						"/admin/historique/*/restaurer").hasRole("ADMIN")
				.requestMatchers("/admin/**").hasAnyRole("ADMIN", "EDITOR")
				.requestMatchers("/formateur/**").hasAnyRole("TRAINER", "ADMIN")
				.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").denyAll()
				.anyRequest().permitAll())
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
				.csrfTokenRequestHandler(new TamperProofCsrfHandler())
				.ignoringRequestMatchers("/api/**"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				// a window this site opens, or that opens it, gets no handle on the other
				.crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
				.crossOriginResourcePolicy(resources -> resources.policy(CrossOriginResourcePolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.usernameParameter("username")
				.passwordParameter("password")
				.defaultSuccessUrl("/admin", true)
				.failureHandler(loginFailures()))
			.logout(logout -> logout.logoutUrl("/admin/deconnexion")
				.logoutSuccessUrl(LOGIN_PAGE + "?deconnecte")
				.deleteCookies("JSESSIONID", "SESSION"))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint()))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true))
			.anonymous(anonymous -> {
			});
		return http.build();
	}

	/** CSRF tokens in an HttpOnly, SameSite cookie: no server session needed for the public site. */
	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
		return repository;
	}

	/**
	 * Spring Security's masked CSRF tokens, except that a tampered token whose unmasked bytes
	 * are not UTF-8 is a refusal (403) rather than an exception (500).
	 */
	static final class TamperProofCsrfHandler implements CsrfTokenRequestHandler {

		private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				java.util.function.Supplier<CsrfToken> csrfToken) {
			masked.handle(request, response, csrfToken);
		}

		@Override
		public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
			try {
				return masked.resolveCsrfTokenValue(request, csrfToken);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
	}

	/** Anonymous visitors of the back-office or trainer pages go to the login page; elsewhere (actuator), 403. */
	private static AuthenticationEntryPoint entryPoint() {
		AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
		AuthenticationEntryPoint forbidden = new Http403ForbiddenEntryPoint();
		return (request, response, exception) -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean loginArea = path.equals("/admin") || path.startsWith("/admin/") || path.equals("/formateur")
					|| path.startsWith("/formateur/");
			(loginArea ? login : forbidden).commence(request, response, exception);
		};
	}

	/** A locked or disabled account is said plainly on the login page; anything else is a bad login. */
	private static AuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), LOGIN_PAGE + "?verrouille",
				DisabledException.class.getName(), LOGIN_PAGE + "?desactive"));
		handler.setDefaultFailureUrl(LOGIN_PAGE + "?erreur");
		return handler;
	}
}
