package fr.capcooperation.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The few requests that Tomcat refuses before they reach the application (an encoded NUL in
 * the path, a malformed request line) get a short French page instead of Tomcat's English
 * report with its server version.
 */
@Component
class FrenchTomcatErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(Valve.class.getName());
			}
		});
	}

	/** Writes a minimal French page; Tomcat instantiates it by class name. */
	public static class Valve extends ErrorReportValve {

		private static final String PAGE = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
				+ "<title>Demande refusée – Cap Coopération</title></head><body><main><h1>Demande refusée</h1>"
				+ "<p>L’adresse ou la demande est mal formée et n’a pas pu être traitée.</p>"
				+ "<p><a href=\"/\">Retour à l’accueil</a></p></main></body></html>";

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(PAGE);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone or the response is committed: nothing more to say
			}
		}
	}

}
