package fr.capcooperation.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import fr.capcooperation.web.SiteSecurity;

/**
 * The JSON API under {@code /api} is public and stateless: no cookie, no session, hence no CSRF
 * token (nothing a forged request could ride on); the site's security headers still apply.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

	static final String DOCUMENTATION_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(30)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return SiteSecurity.headers(http.securityMatcher("/api/**"))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.build();
	}

	/**
	 * The API's OpenAPI document and its UI page, served by the application itself. The UI sets
	 * style attributes from its script: the only pages whose policy allows inline styles.
	 */
	@Bean
	@Order(31)
	SecurityFilterChain apiDocumentationPages(HttpSecurity http) throws Exception {
		return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCUMENTATION_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.build();
	}
}
