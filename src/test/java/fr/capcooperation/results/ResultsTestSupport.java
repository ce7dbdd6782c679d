package fr.capcooperation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Walks a questionnaire through the HTML pages, as a person would. */
final class ResultsTestSupport {

	static final Map<String, List<String>> TRAINING_CENTRE = new LinkedHashMap<>();
	static {
		TRAINING_CENTRE.put("integration", List.of("structurer"));
		TRAINING_CENTRE.put("partners", List.of("associations", "public"));
		TRAINING_CENTRE.put("member_count", List.of("2"));
		TRAINING_CENTRE.put("legal_entity", List.of("oui"));
		TRAINING_CENTRE.put("purpose", List.of("formation", "equipement"));
		TRAINING_CENTRE.put("surplus", List.of("reinvestis"));
		TRAINING_CENTRE.put("duration", List.of("indeterminee"));
		TRAINING_CENTRE.put("governance", List.of("une_voix"));
	}

	static final Map<String, String> READINESS = Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint",
			"en_partie", "valeurs", "non", "objectifs", "oui", "solidarite", "oui", "qualite", "en_partie");

	private ResultsTestSupport() {
	}

	/** A finished journey; returns its path, /questionnaire/{token}. */
	static String finish(MockMvc mvc, Map<String, List<String>> answers) throws Exception {
		String journey = mvc.perform(post("/questionnaire").with(csrf())).andReturn().getResponse().getRedirectedUrl();
		for (Map.Entry<String, List<String>> entry : answers.entrySet()) {
			MockHttpServletRequestBuilder request = post(journey + "/questions/" + entry.getKey()).with(csrf())
				.param(entry.getKey(), entry.getValue().toArray(String[]::new));
			assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(entry.getKey()).isEqualTo(302);
		}
		MockHttpServletRequestBuilder readiness = post(journey + "/questions/readiness").with(csrf());
		READINESS.forEach((line, level) -> readiness.param("readiness." + line, level));
		mvc.perform(readiness);
		mvc.perform(post(journey + "/resultat").with(csrf()));
		return journey;
	}

	static Document page(MockMvc mvc, String url) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	static String token(String journey) {
		return journey.substring(journey.lastIndexOf('/') + 1);
	}
}
