package fr.capcooperation.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files are served from a few known prefixes only, not from {@code /**}: with a catch-all
 * handler, every link on every page was looked up on the classpath (the resource chain checks
 * each encoded URL), which made a long page cost tens of milliseconds. Webjars keep their
 * version-free paths ({@code /webjars/htmx.org/dist/htmx.min.js}).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final String[] FOLDERS = { "css", "js", "fonts", "images" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl cache = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(cache);
		}
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").setCacheControl(cache);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(cache)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}
}
