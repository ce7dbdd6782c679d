package fr.capcooperation.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * What every page of the site shares, and the public site itself. Each module declares the rules
 * of its own paths in a filter chain of its own ({@code admin}: {@code /admin/**},
 * {@code presentation}: {@code /formateur/**}, {@code api}: {@code /api/**}), built on
 * {@link #headers} and {@link #accountForms}; this chain takes every other request: no account needed,
 * only health and info of the actuator exposed.
 *
 * <p>Every HTML form that posts carries a CSRF token, kept in a cookie so that no server session
 * ties a respondent to one instance. Security headers forbid inline script and style, framing,
 * referrer leaks, cross-origin window handles and the browser features no page uses.
 */
@Configuration(proxyBeanMethods = false)
public class SiteSecurity {

	/** The site's one login page, for the back-office and the trainers (served by the admin module). */
	public static final String LOGIN_PAGE = "/admin/connexion";

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

	/** The security headers of every response. */
	public static HttpSecurity headers(HttpSecurity http) {
		return http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			// a window this site opens, or that opens it, gets no handle on the other
			.crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
			.crossOriginResourcePolicy(resources -> resources.policy(CrossOriginResourcePolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny()));
	}

	/**
	 * Where a visitor sent to the login page was going, kept in their session (the back-office's
	 * and the trainers' chains share it), so that logging in takes them back there, at the
	 * address they asked for (without Spring's {@code ?continue} marker).
	 */
	public static final RequestCache SAVED_REQUESTS = savedRequests();

	@SuppressWarnings("NullAway") // null is the documented "no marker parameter"
	private static RequestCache savedRequests() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	/**
	 * What pages with forms share: the security headers, CSRF tokens in a cookie, a security
	 * context saved only on login, a new session id at login.
	 */
	private static HttpSecurity forms(HttpSecurity http) {
		return headers(http).csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).csrfTokenRequestHandler(new TamperProofCsrfHandler()))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.securityContext(context -> context.requireExplicitSave(true));
	}

	/**
	 * The chain of pages that need an account (back-office, trainers): {@link #forms} and the
	 * address asked for kept in {@link #SAVED_REQUESTS} when the visitor is sent to log in.
	 */
	public static HttpSecurity accountForms(HttpSecurity http) {
		return forms(http).requestCache(cache -> cache.requestCache(SAVED_REQUESTS));
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		return forms(http).requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				.anyRequest()
				.permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new Http403ForbiddenEntryPoint()))
			.build();
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
		public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
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
}
