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
import fr.capcooperation.answers.AnswerError;
import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.answers.ReadAnswers;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The engine as a JSON API: the questions, the forms, and a recommendation for a set of
 * answers. Errors are RFC 9457 problem documents in French naming the field.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cap Coopération", description = "Les questions, les formes de coopération et les recommandations")
class RecommendationApi {

	static final String EXAMPLE_REQUEST = """
			{"answers": {"integration": "structurer", "partners": ["associations", "public"], "member_count": 2,
			"legal_entity": "oui", "purpose": ["formation"], "surplus": "reinvestis", "duration": "indeterminee",
			"governance": "une_voix", "readiness": {"besoins": "oui"}}, "rulesetVersion": 1}""";

	static final String EXAMPLE_PROBLEM = """
			{"type": "about:blank", "title": "Réponses invalides", "status": 400,
			"detail": "« martiens » ne fait pas partie des réponses proposées.",
			"instance": "/api/v1/recommendations", "field": "answers.partners",
			"errors": [{"field": "answers.partners",
			"message": "« martiens » ne fait pas partie des réponses proposées."}]}""";

	private final CatalogService catalogs;
	private final Advisor advisor;

	RecommendationApi(CatalogService catalogs, Advisor advisor) {
		this.catalogs = catalogs;
		this.advisor = advisor;
	}

	@GetMapping("/questions")
	@Operation(summary = "Les questions du questionnaire", description = """
			Les questions de la version publiée du catalogue, dans l’ordre : clé, type, libellé, aide, \
			options, lignes de la liste de préalables, bornes d’un nombre, et condition d’affichage \
			(une question masquée par une réponse ne compte pas).""")
	@ApiResponse(responseCode = "200", description = "Les questions, dans l’ordre du questionnaire.")
	List<ApiViews.QuestionView> questions() {
		Catalog catalog = catalogs.current();
		return catalog.questions().stream().map(question -> ApiViews.question(catalog, question)).toList();
	}

	@GetMapping("/forms")
	@Operation(summary = "Les formes de coopération", description = """
			Chaque forme de la version publiée du catalogue, avec ses caractéristiques (membres, \
			personnalité juridique, argent, gouvernance, durée, formalités), sa base légale, ses \
			avantages, ses limites, les étapes suivantes et les notes datées sur le droit en vigueur.""")
	@ApiResponse(responseCode = "200", description = "Les formes, dans l’ordre du catalogue.")
	List<CooperationForm> forms() {
		return catalogs.current().forms();
	}

	@PostMapping(path = "/recommendations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Une recommandation expliquée pour des réponses", description = """
			Classe chaque forme (recommandée, possible, exclue) pour les réponses données, avec les \
			raisons (« Vous avez répondu … »), ce qu’il faudrait changer pour une forme exclue, les \
			réponses inconnues qui pèsent, et la liste des préalables. Une question omise compte comme \
			sans réponse ; la liste des préalables peut être partielle. Rien n’est enregistré.""")
	@ApiResponse(responseCode = "200", description = "La recommandation, forme par forme.")
	@ApiResponse(responseCode = "400", description = """
			Réponses invalides (le champ en cause dans « field », toutes les erreurs dans « errors »), \
			version inconnue, ou corps illisible.""",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemView.class),
					examples = @ExampleObject(name = "option inconnue", value = EXAMPLE_PROBLEM)))
	@ApiResponse(responseCode = "415", description = "Le corps n’est pas envoyé en JSON.",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemView.class)))
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
		ReadAnswers read = AnswerJson.read(catalog, (Map<String, Object>) map);
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
