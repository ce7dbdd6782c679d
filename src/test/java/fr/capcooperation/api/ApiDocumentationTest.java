package fr.capcooperation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document lists every endpoint of the JSON API with its methods, and describes in
 * French every operation, response, schema and field (a field added to a JSON shape without its
 * description in {@code openapi/descriptions.properties} fails here). Its UI is served by the
 * application, from its own files.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	JsonNode document;

	@BeforeEach
	void fetch() throws Exception {
		MvcResult result = mvc.perform(get("/v3/api-docs")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		document = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
	}

	@Test
	void the_document_lists_every_endpoint_of_the_api_with_its_methods() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().forEach(pattern -> {
			if (pattern.startsWith("/api/")) {
				info.getMethodsCondition()
					.getMethods()
					.forEach(verb -> served.add(verb.name().toLowerCase(Locale.ROOT) + " " + pattern));
			}
		}));
		Set<String> documented = new TreeSet<>();
		document.get("paths")
			.properties()
			.forEach(path -> path.getValue().properties().forEach(verb -> documented.add(verb.getKey() + " " + path.getKey())));
		assertThat(served).contains("get /api/v1/questions", "get /api/v1/forms", "post /api/v1/recommendations");
		assertThat(documented).isEqualTo(served);
	}

	@Test
	void every_operation_and_response_is_described_in_french_with_examples_of_the_body_and_of_a_problem() {
		List<String> undescribed = new ArrayList<>();
		document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(verb -> {
			JsonNode operation = verb.getValue();
			for (String field : List.of("summary", "description")) {
				if (operation.path(field).asString("").isBlank()) {
					undescribed.add(verb.getKey() + " " + path.getKey() + ": " + field);
				}
			}
			operation.get("responses").properties().forEach(response -> {
				if (response.getValue().path("description").asString("").isBlank()) {
					undescribed.add(verb.getKey() + " " + path.getKey() + " " + response.getKey());
				}
			});
		}));
		assertThat(undescribed).isEmpty();
		JsonNode recommend = document.at("/paths/~1api~1v1~1recommendations/post");
		assertThat(recommend.at("/requestBody/content/application~1json/examples").isEmpty()).isFalse();
		assertThat(recommend.at("/responses/400/content/application~1problem+json/examples").isEmpty()).isFalse();
		assertThat(recommend.path("description").asString()).contains("Rien n’est enregistré");
	}

	@Test
	void every_schema_and_every_field_is_described() {
		List<String> undescribed = new ArrayList<>();
		document.at("/components/schemas").properties().forEach(schema -> {
			if (schema.getValue().path("description").asString("").isBlank()) {
				undescribed.add(schema.getKey());
			}
			schema.getValue().path("properties").properties().forEach(field -> {
				if (field.getValue().path("description").asString("").isBlank()) {
					undescribed.add(schema.getKey() + "." + field.getKey());
				}
			});
		});
		assertThat(document.at("/components/schemas").size()).isGreaterThan(10);
		assertThat(undescribed).as("add them to %s", ApiDocumentation.DESCRIPTIONS).isEmpty();
		assertThat(document.at("/components/schemas/ProblemView")).isNotNull();
	}

	@Test
	void the_ui_page_is_served_by_the_application_from_its_own_files() throws Exception {
		MvcResult page = mvc.perform(get("/swagger-ui/index.html")).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		Document html = Jsoup.parse(page.getResponse().getContentAsString());
		assertThat(html.select("script[src]")).isNotEmpty()
			.allSatisfy(script -> assertThat(script.attr("src")).doesNotStartWith("http"));
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
		MvcResult config = mvc.perform(get("/v3/api-docs/swagger-config")).andReturn();
		assertThat(config.getResponse().getContentAsString()).contains("\"validatorUrl\":\"none\"");
	}
}
