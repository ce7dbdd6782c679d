package fr.capcooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * In production (the postgres profile), the site does not start without its public address:
 * the QR codes shown in an information evening would lead to localhost, which no phone opens.
 */
class PublicUrlCheckTest {

	private static final String DEFAULTS = "Config resource 'class path resource [application.properties]' via location 'optional:classpath:/'";

	@Test
	void a_production_start_without_the_public_address_is_refused_with_what_to_do() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(CapCooperationApplication.class)
			.run("--spring.profiles.active=postgres", "--spring.main.banner-mode=off"))
			.isInstanceOf(PublicUrlCheck.PublicUrlMissing.class)
			.satisfies(failure -> {
				FailureAnalysis analysis = new PublicUrlCheck.Analyzer().analyze(failure);
				assertThat(analysis.getDescription()).contains("public address of the site is not set", "localhost");
				assertThat(analysis.getAction()).contains("CAPCOOP_PUBLIC_URL=https://");
			});
	}

	@Test
	void the_address_counts_as_set_from_the_variable_or_any_source_but_the_built_in_defaults() {
		assertThat(PublicUrlCheck.isSet(environment(Map.of()))).isFalse();
		StandardEnvironment variable = environment(Map.of());
		variable.getPropertySources().addFirst(new MapPropertySource("systemEnvironment-test",
				Map.of("CAPCOOP_PUBLIC_URL", "https://cap-cooperation.example.org")));
		assertThat(PublicUrlCheck.isSet(variable)).isTrue();
		StandardEnvironment argument = environment(Map.of());
		argument.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
				Map.of("capcoop.public-url", "https://cap-cooperation.example.org")));
		assertThat(PublicUrlCheck.isSet(argument)).isTrue();
		StandardEnvironment blank = environment(Map.of());
		blank.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", Map.of("capcoop.public-url", " ")));
		assertThat(PublicUrlCheck.isSet(blank)).isFalse();
	}

	/** An environment whose only address is the built-in default of application.properties. */
	private static StandardEnvironment environment(Map<String, Object> more) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().forEach(source -> environment.getPropertySources().remove(source.getName()));
		environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS, Map.of("capcoop.public-url", "http://localhost:8080")));
		environment.getPropertySources().addFirst(new MapPropertySource("more", more));
		return environment;
	}
}
