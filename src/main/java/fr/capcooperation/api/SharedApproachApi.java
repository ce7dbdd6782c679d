package fr.capcooperation.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.capcooperation.advice.Advisor;
import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.GroupDiagnosis;
import fr.capcooperation.rules.GroupDiagnosis.PartnerResult;
import fr.capcooperation.rules.GroupDiagnosis.Position;
import fr.capcooperation.rules.GroupDiagnosis.PrerequisiteSpread;
import fr.capcooperation.rules.GroupDiagnosis.QuestionComparison;
import fr.capcooperation.rules.GroupDiagnosis.Variant;
import fr.capcooperation.rules.Recommendation;
import fr.capcooperation.rules.Undecided;
import fr.capcooperation.together.SharedApproach;
import fr.capcooperation.together.SharedApproaches;
import fr.capcooperation.together.Synthesis;
import fr.capcooperation.together.UnknownApproachException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The synthesis of a shared approach (« démarche commune »), for the coordinator's own tools:
 * read with the coordinator's token, it is the coordinator's view as data.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Démarche commune", description = "La synthèse d’une démarche où chaque partenaire répond sur son lien")
class SharedApproachApi {

	private final SharedApproaches approaches;
	private final Advisor advisor;

	SharedApproachApi(SharedApproaches approaches, Advisor advisor) {
		this.approaches = approaches;
		this.advisor = advisor;
	}

	@GetMapping("/shared-approaches/{token}/synthesis")
	@Operation(summary = "La synthèse d’une démarche commune",
			description = "Pour le lien de coordination d’une démarche commune : la réponse de chaque partenaire à chaque"
					+ " question et si les partenaires sont d’accord, les questions à discuter en premier (celles dont les"
					+ " réponses mènent à des formes recommandées ou exclues différentes, la plus décisive d’abord), la"
					+ " recommandation sur les réponses partagées, ce que donneraient les réponses de chaque partenaire"
					+ " seul, et la répartition des préalables. Rien n’est enregistré.")
	@ApiResponse(responseCode = "200", description = "La synthèse, calculée sur les réponses enregistrées à cet instant.")
	@ApiResponse(responseCode = "404", description = "Aucune démarche sous ce lien de coordination (inconnue ou supprimée).",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemView.class)))
	ApproachSynthesisView synthesis(
			@Parameter(description = "Le jeton du lien de coordination (43 caractères).") @PathVariable String token) {
		SharedApproach approach = approaches.findByCoordinator(token).orElseThrow(UnknownApproachException::new);
		Synthesis synthesis = approaches.synthesis(approach);
		return view(synthesis);
	}

	private ApproachSynthesisView view(Synthesis synthesis) {
		Catalog catalog = synthesis.catalog();
		GroupDiagnosis diagnosis = synthesis.diagnosis();
		Map<String, String> names = new LinkedHashMap<>();
		synthesis.approach().partners().forEach(partner -> names.put(Synthesis.partnerKey(partner), partner.name()));
		List<ApproachPartnerView> partners = new ArrayList<>();
		for (PartnerResult result : diagnosis.partners()) {
			partners.add(new ApproachPartnerView(result.partner(), names.getOrDefault(result.partner(), result.partner()),
					result.respondents(), result.answered(), result.hasAnswered() ? recommended(result.recommendation()) : List.of()));
		}
		Recommendation shared = diagnosis.sharedRecommendation();
		Undecided undecided = shared.undecided();
		SharedResultView sharedView = new SharedResultView(AnswerJson.write(diagnosis.shared()), recommended(shared),
				undecided == null ? null : undecided.cause().name());
		return new ApproachSynthesisView(synthesis.approach().name(), catalog.version(), partners,
				diagnosis.toDiscuss().stream().map(question -> comparison(catalog, question, names)).toList(), sharedView,
				diagnosis.prerequisites().stream().map(spread -> prerequisite(catalog, spread)).toList(),
				diagnosis.questions().stream().map(question -> comparison(catalog, question, names)).toList());
	}

	private static List<String> recommended(Recommendation recommendation) {
		return recommendation.recommended().stream().map(FormAssessment::form).toList();
	}

	private QuestionAgreementView comparison(Catalog catalog, QuestionComparison question, Map<String, String> names) {
		List<PartnerPositionView> positions = new ArrayList<>();
		for (Position position : question.positions()) {
			Answer answer = position.answer();
			positions.add(new PartnerPositionView(position.partner(), position.state().name(),
					answer == null ? null : AnswerJson.write(answer),
					answer == null ? null : advisor.answerText(catalog, question.question(), answer)));
		}
		List<DiscussionAnswerView> variants = new ArrayList<>();
		for (Variant variant : question.variants()) {
			variants.add(new DiscussionAnswerView(AnswerJson.write(variant.answer()),
					advisor.answerText(catalog, question.question(), variant.answer()), variant.partners(),
					variant.recommended(), variant.excluded()));
		}
		return new QuestionAgreementView(question.question(),
				catalog.question(question.question()).map(Question::label).orElse(question.question()),
				question.agreement().name(), question.impact(), positions, variants);
	}

	private static PrerequisiteSpreadView prerequisite(Catalog catalog, PrerequisiteSpread spread) {
		return new PrerequisiteSpreadView(spread.line(),
				catalog.prerequisite(spread.line()).map(p -> p.label()).orElse(spread.line()), spread.levelCounts(),
				spread.partnerLevels(), spread.weakForGroup(), spread.toConsolidate());
	}

	record ApproachSynthesisView(String name, int rulesetVersion, List<ApproachPartnerView> partners,
			List<QuestionAgreementView> toDiscuss, SharedResultView shared, List<PrerequisiteSpreadView> prerequisites,
			List<QuestionAgreementView> questions) {
	}

	record ApproachPartnerView(String key, String name, int respondents, int answered, List<String> recommended) {
	}

	record SharedResultView(Map<String, Object> answers, List<String> recommended, @Nullable String undecided) {
	}

	record QuestionAgreementView(String question, String label, String agreement, int impact,
			List<PartnerPositionView> positions, List<DiscussionAnswerView> variants) {
	}

	record PartnerPositionView(String partner, String state, @Nullable Object answer, @Nullable String text) {
	}

	record DiscussionAnswerView(Object answer, String text, List<String> partners, List<String> recommended,
			List<String> excluded) {
	}

	record PrerequisiteSpreadView(String line, String label, Map<String, Integer> levels,
			Map<String, @Nullable String> partners, boolean weakForGroup, boolean toConsolidate) {
	}
}
