package fr.capcooperation.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;

/**
 * The OpenAPI document of the JSON API ({@code /v3/api-docs}, with its UI at
 * {@code /swagger-ui/index.html}), in French. The operations are described on
 * {@link RecommendationApi}; every schema and field is described in
 * {@code openapi/descriptions.properties} (key {@code Schema.field}), so that the JSON shapes,
 * which partly come from the catalogue and the advice, carry no documentation annotations.
 * {@code ApiDocumentationTest} fails on an endpoint, a schema or a field left undescribed.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String DESCRIPTIONS = "/openapi/descriptions.properties";

	@Bean
	OpenAPI capCooperationApi() {
		return new OpenAPI().info(new Info().title("API de Cap Coopération")
			.version("v1")
			.description("""
					Les questions du questionnaire, les formes de coopération et une recommandation \
					expliquée pour un jeu de réponses, en JSON. Sans compte ni cookie. Chaque erreur est \
					un document « problem » (RFC 9457) en français qui nomme le champ en cause. Les \
					textes sont ceux de la version publiée du catalogue (la dernière, ou celle demandée).""")
			.license(new License().name("Information, pas un conseil juridique")));
	}

	/** Adds the problem document's schema, then the French description of every schema and field. */
	@Bean
	OpenApiCustomizer frenchDescriptions() {
		Properties descriptions = load();
		return openApi -> {
			ModelConverters.getInstance().read(ProblemView.class).forEach(openApi.getComponents()::addSchemas);
			ModelConverters.getInstance().read(RecommendationRequest.class).forEach(openApi.getComponents()::addSchemas);
			// the controller reads the body as a map (to word each error itself): say what it expects
			PathItem recommendations = openApi.getPaths().get("/api/v1/recommendations");
			if (recommendations != null && recommendations.getPost() != null) {
				recommendations.getPost().requestBody(new RequestBody().required(true)
					.description("Les réponses, par clé de question, et la version du catalogue (facultative).")
					.content(new Content().addMediaType("application/json",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/RecommendationRequest"))
								.addExamples("centre de formation",
										new Example().summary("Un centre de formation partagé avec une commune")
											.value(json(RecommendationApi.EXAMPLE_REQUEST))))));
			}
			openApi.getComponents().getSchemas().forEach((name, schema) -> {
				describe(schema, descriptions.getProperty(name));
				if (schema.getProperties() != null) {
					schema.getProperties()
						.forEach((field, property) -> describe((Schema<?>) property,
								descriptions.getProperty(name + "." + field)));
				}
			});
		};
	}

	private static void describe(Schema<?> schema, String text) {
		if (text != null && !text.isBlank()) {
			int example = text.indexOf(" Exemple : ");
			schema.setDescription(example < 0 ? text : text.substring(0, example));
			if (example >= 0) {
				String value = text.substring(example + " Exemple : ".length());
				schema.setExample(isInteger(schema) ? Integer.valueOf(value) : value);
			}
		}
	}

	private static Object json(String text) {
		try {
			return Json.mapper().readTree(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isInteger(Schema<?> schema) {
		return "integer".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("integer"));
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (InputStream in = ApiDocumentation.class.getResourceAsStream(DESCRIPTIONS)) {
			if (in == null) {
				throw new IllegalStateException("missing " + DESCRIPTIONS);
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}
}
