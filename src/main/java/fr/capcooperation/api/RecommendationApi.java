package fr.capcooperation.api;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advisor;
import fr.capcooperation.advice.AnswerError;
import fr.capcooperation.advice.AnswerReader;
import fr.capcooperation.advice.ReadAnswers;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogService;

/**
 * The engine as a JSON API: the questions, the forms, and a recommendation for a set of
 * answers. Errors are RFC 9457 problem documents in French naming the field.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class RecommendationApi {

	private final CatalogService catalogs;
	private final Advisor advisor;

	RecommendationApi(CatalogService catalogs, Advisor advisor) {
		this.catalogs = catalogs;
		this.advisor = advisor;
	}

	@GetMapping("/questions")
	List<ApiViews.QuestionView> questions() {
		Catalog catalog = catalogs.current();
		return catalog.questions().stream().map(question -> ApiViews.question(catalog, question)).toList();
	}

	@GetMapping("/forms")
	List<CooperationForm> forms() {
		return catalogs.current().forms();
	}

	@PostMapping(path = "/recommendations", consumes = MediaType.APPLICATION_JSON_VALUE)
	ApiViews.RecommendationView recommend(@RequestBody Map<String, Object> body) {
		Catalog catalog = catalog(body.get("rulesetVersion"));
		Object answers = body.get("answers");
		if (!(answers instanceof Map<?, ?> map)) {
			throw new InvalidAnswersException(List.of(AnswerError.of("answers",
					answers == null ? "api.answers.missing" : "api.answers.type")));
		}
		for (String key : body.keySet()) {
			if (!key.equals("answers") && !key.equals("rulesetVersion")) {
				throw new InvalidAnswersException(List.of(AnswerError.of(key, "api.field.unknown", key)));
			}
		}
		@SuppressWarnings("unchecked")
		ReadAnswers read = AnswerReader.readJson(catalog, (Map<String, Object>) map);
		if (!read.valid()) {
			throw new InvalidAnswersException(read.errors()
				.stream()
				.map(error -> new AnswerError("answers." + error.field(), error.code(), error.args()))
				.toList());
		}
		Advice advice = advisor.advise(catalog, read.answers());
		return ApiViews.recommendation(advice);
	}

	private Catalog catalog(@Nullable Object version) {
		if (version == null) {
			return catalogs.current();
		}
		if (!(version instanceof Integer number)) {
			throw new InvalidAnswersException(List.of(AnswerError.of("rulesetVersion", "api.version.type")));
		}
		return catalogs.version(number)
			.orElseThrow(() -> new InvalidAnswersException(
					List.of(AnswerError.of("rulesetVersion", "api.version.unknown", number))));
	}
}
