package fr.capcooperation;

import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Refuses to start in production (the {@code postgres} profile) when nobody set the site's
 * public address ({@code CAPCOOP_PUBLIC_URL}, or {@code capcoop.public-url} anywhere but in the
 * built-in defaults): the QR codes and share links would lead to {@code localhost}, which no
 * phone in the room can open, and nothing would say so until the room scanned them.
 */
public class PublicUrlCheck implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "capcoop.public-url";
	static final String VARIABLE = "CAPCOOP_PUBLIC_URL";
	static final String PRODUCTION_PROFILE = "postgres";
	/** The built-in defaults: the application's own {@code application.properties}. */
	private static final String DEFAULTS = "[application.properties]";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (Arrays.asList(environment.getActiveProfiles()).contains(PRODUCTION_PROFILE) && !isSet(environment)) {
			throw new PublicUrlMissing();
		}
	}

	/** Whether the public address comes from the variable, or from a source other than the built-in defaults. */
	static boolean isSet(ConfigurableEnvironment environment) {
		String variable = environment.getProperty(VARIABLE);
		if (variable != null && !variable.isBlank()) {
			return true;
		}
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
				// a view of all the others, first of them
				continue;
			}
			Object value = source.getProperty(PROPERTY);
			if (value != null) {
				return !source.getName().contains("class path resource " + DEFAULTS) && !value.toString().isBlank();
			}
		}
		return false;
	}

	@Override
	public int getOrder() {
		// after the configuration files are read
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The public address is not set where it must be. */
	public static final class PublicUrlMissing extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		PublicUrlMissing() {
			super("The public address of the site (" + PROPERTY + ") is not set");
		}
	}

	/** Says what to do about it, in the start-up failure report. */
	public static final class Analyzer extends AbstractFailureAnalyzer<PublicUrlMissing> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, PublicUrlMissing cause) {
			return new FailureAnalysis("The public address of the site is not set. With the '" + PRODUCTION_PROFILE
					+ "' profile (production), the QR codes of the trainer mode and the share links would point to "
					+ "http://localhost:8080, which no phone in an information evening can open.",
					"Set the environment variable " + VARIABLE + " to the address people use to reach the site, "
							+ "for example " + VARIABLE + "=https://cap-cooperation.example.org, then start again.",
					cause);
		}
	}
}
