package fr.capcooperation.presentation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import fr.capcooperation.web.SiteSecurity;

/**
 * The trainer's pages ({@code /formateur/**}: live sessions) need the role TRAINER or ADMIN;
 * anonymous visitors go to the site's login page, and come back to the page they asked for once
 * logged in. The deck, the group questionnaire and the
 * audience's pages ({@code /presentation}, {@code /direct}) are public.
 */
@Configuration(proxyBeanMethods = false)
class TrainerSecurity {

	static final String TRAINER = "TRAINER";
	static final String ADMIN = "ADMIN";

	@Bean
	@Order(20)
	SecurityFilterChain trainerPages(HttpSecurity http) throws Exception {
		return SiteSecurity.accountForms(http.securityMatcher("/formateur", "/formateur/**"))
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(TRAINER, ADMIN))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SiteSecurity.LOGIN_PAGE)))
			.build();
	}
}
