package fr.capcooperation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public site needs no account; every HTML form carries a CSRF token (kept in a cookie, so
 * that no server session ties a respondent to one instance); the JSON API is stateless and
 * exempt. Security headers forbid inline script, framing and referrer leaks.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/admin/**").authenticated()
				.requestMatchers("/formateur/**").hasAnyRole("TRAINER", "ADMIN")
				.requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").denyAll()
				.anyRequest().permitAll())
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
				.ignoringRequestMatchers("/api/**"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()))
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

	/** No account yet: the back-office will bring them. Stops Boot from generating a user. */
	@Bean
	UserDetailsService noAccounts() {
		return username -> {
			throw new UsernameNotFoundException(username);
		};
	}
}
