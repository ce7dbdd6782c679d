package fr.capcooperation.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Every redirect the server sends points into {@code capcoop.public-url}, never to the host
 * named by the request's {@code Host} header. Tomcat turns a relative {@code Location} into an
 * absolute one with that header, and Spring Security builds the login page's address from it,
 * so a forged header sent people (and caches) to another site. Here Tomcat keeps locations
 * relative, and a valve, as the response leaves the application, resolves a relative location
 * against the request's path and puts it under the public address, and moves an absolute one
 * to the request's own host there; one to another site is left alone.
 *
 * <p>It works at the server's edge, where Tomcat made locations absolute: the application
 * itself (and a MockMvc test of it) keeps seeing the locations it wrote.
 */
@Component
class PublicUrlRedirects implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final Environment environment;

	PublicUrlRedirects(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> context.setUseRelativeRedirects(true));
		factory.addContextValves(new ValveBase(true) {

			@Override
			public void invoke(Request request, Response response) throws IOException, ServletException {
				getNext().invoke(request, response);
				String location = response.getHeader(HttpHeaders.LOCATION);
				if (location != null && !response.isCommitted()) {
					response.setHeader(HttpHeaders.LOCATION, publicLocation(request, location));
				}
			}
		});
	}

	/**
	 * {@code capcoop.public-url} ({@code CapCoopSettings.publicUrl}), read from the environment at
	 * each redirect rather than bound once: a test's public address names the port its server
	 * got ({@code ${local.server.port}}), known only once the server runs.
	 */
	private String publicUrl() {
		String url = environment.getRequiredProperty("capcoop.public-url");
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** The location under the public address, or as it was when it names another site or cannot be read. */
	String publicLocation(HttpServletRequest request, String location) {
		URI target;
		try {
			target = new URI(location);
		}
		catch (URISyntaxException ex) {
			return location;
		}
		if (target.getRawAuthority() != null && !isRequestHost(request, target)) {
			return location;
		}
		URI resolved = target;
		if (target.getRawAuthority() == null && !location.startsWith("/")) {
			try {
				resolved = new URI(request.getRequestURI()).resolve(target);
			}
			catch (URISyntaxException ex) {
				return location;
			}
		}
		String path = resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
		String context = request.getContextPath();
		if (!context.isEmpty() && path.startsWith(context)) {
			path = path.substring(context.length());
			path = path.isEmpty() ? "/" : path;
		}
		StringBuilder absolute = new StringBuilder(publicUrl()).append(path);
		if (resolved.getRawQuery() != null) {
			absolute.append('?').append(resolved.getRawQuery());
		}
		if (resolved.getRawFragment() != null) {
			absolute.append('#').append(resolved.getRawFragment());
		}
		return absolute.toString();
	}

	/** An absolute address to the host this request was sent to: built from its Host header. */
	private static boolean isRequestHost(HttpServletRequest request, URI target) {
		return request.getServerName().equalsIgnoreCase(target.getHost())
				&& (target.getPort() == -1 || target.getPort() == request.getServerPort());
	}
}
