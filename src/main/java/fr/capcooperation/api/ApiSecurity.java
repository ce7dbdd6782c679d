package fr.capcooperation.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import fr.capcooperation.web.SiteSecurity;

/**
 * The JSON API under {@code /api} is public and stateless: no cookie, no session, hence no CSRF
 * token (nothing a forged request could ride on); the site's security headers still apply.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

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
}
