package fr.capcooperation.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The back-office's additions to Spring MVC: the first password change before anything else. */
@Configuration(proxyBeanMethods = false)
class BackOfficeWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FirstPasswordChange()).addPathPatterns(FirstPasswordChange.PATHS);
	}
}
