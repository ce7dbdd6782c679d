package fr.capcooperation.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.Divergences;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.GroupDiagnosis;
import fr.capcooperation.rules.GroupDiagnosis.Agreement;
import fr.capcooperation.rules.GroupDiagnosis.PositionState;
import fr.capcooperation.rules.GroupDiagnosis.PrerequisiteSpread;
import fr.capcooperation.rules.GroupDiagnosis.QuestionComparison;
import fr.capcooperation.rules.PartnerAnswers;
import fr.capcooperation.rules.Recommendation;
import fr.capcooperation.rules.Settlement;
import fr.capcooperation.rules.Undecided;

/**
 * The divergence computation of a shared approach (« démarche commune »), on catalogue version
 * 2: partner structures that answer separately, what they share, and the questions they should
 * discuss first because their answers lead to different forms.
 */
class DivergencesTest {

	final Divergences divergences = new Divergences(SeedCatalog.VERSION_2.engine());

	/** Two associations that want to pool means (premises, equipment), every prerequisite ready. */
	Map<String, Object> poolingMeans() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("integration", "mutualiser");
		answers.put("partners", List.of("associations"));
		answers.put("member_count", 3);
		answers.put("legal_entity", "non");
		answers.put("purpose", List.of("moyens"));
		answers.put("surplus", "reinvestis");
		answers.put("duration", "indeterminee");
		answers.put("governance", "une_voix");
		answers.put("readiness", allReady());
		return answers;
	}

	static Map<String, String> allReady() {
		return new LinkedHashMap<>(Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint", "oui", "valeurs",
				"oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui"));
	}

	static Map<String, Object> with(Map<String, Object> answers, String question, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(answers);
		changed.put(question, value);
		return changed;
	}

	static Answers answers(Map<String, Object> json) {
		return SeedCatalog.answers(SeedCatalog.VERSION_2, json);
	}

	static PartnerAnswers partner(String name, Map<String, Object> answers) {
		return new PartnerAnswers(name, List.of(answers(answers)));
	}

	static List<String> recommended(Recommendation recommendation) {
		return recommendation.recommended().stream().map(FormAssessment::form).toList();
	}

	static List<String> discussed(GroupDiagnosis diagnosis) {
		return diagnosis.toDiscuss().stream().map(QuestionComparison::question).toList();
	}

	static QuestionComparison question(GroupDiagnosis diagnosis, String key) {
		return diagnosis.questions().stream().filter(q -> q.question().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void twoPartnersWhoDisagreeOnTheDegreeOfRapprochementAreShownThatQuestionFirst() {
		Map<String, Object> wantsToPool = poolingMeans();
		Map<String, Object> wantsToMergeAndIsUnsureOfGovernance = with(with(poolingMeans(), "integration", "fusionner"),
				"governance", "ponderee");

		GroupDiagnosis diagnosis = divergences.diagnose(
				List.of(partner("Maison des jeunes", wantsToPool), partner("Centre social", wantsToMergeAndIsUnsureOfGovernance)));

		assertThat(discussed(diagnosis)).first().isEqualTo("integration");
		QuestionComparison degree = diagnosis.toDiscuss().get(0);
		assertThat(degree.variants()).hasSize(2);
		assertThat(degree.variants().get(0).partners()).containsExactly("Maison des jeunes");
		assertThat(degree.variants().get(0).recommended()).containsExactly("mutualisation");
		assertThat(degree.variants().get(1).partners()).containsExactly("Centre social");
		assertThat(degree.variants().get(1).recommended()).containsExactly("fusion");
	}

	@Test
	void whileThePartnersDisagreeOnTheDegreeNoCommonStructureIsRecommendedOnWhatTheyShare() {
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("A", poolingMeans()),
				partner("B", with(poolingMeans(), "integration", "structurer"))));

		assertThat(diagnosis.shared().has("integration")).as("the disputed degree is not shared").isFalse();
		Undecided undecided = diagnosis.sharedRecommendation().undecided();
		assertThat(undecided).isNotNull();
		assertThat(undecided.cause()).isEqualTo(Undecided.Cause.DEGREE_UNKNOWN);
		assertThat(recommended(diagnosis.sharedRecommendation())).containsExactly("partenariat");
	}

	@Test
	void ifThePartnersSettleOnAMergerOfTheirActivitiesTheSharedRecommendationBecomesAMergerOfAssociations() {
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("Maison des jeunes", poolingMeans()),
				partner("Centre social", with(poolingMeans(), "integration", "fusionner")), partner("Foyer rural", poolingMeans())));
		QuestionComparison degree = diagnosis.toDiscuss().get(0);
		GroupDiagnosis.Variant merger = degree.variants().stream()
			.filter(variant -> variant.partners().contains("Centre social"))
			.findFirst()
			.orElseThrow();

		Settlement settled = divergences.settle(diagnosis, "integration", merger.answer());

		assertThat(settled.recommended()).containsExactly("fusion");
		assertThat(settled.nowRecommended()).containsExactly("fusion");
		assertThat(settled.noLongerRecommended()).contains("partenariat");
		assertThat(settled.changesTheResult()).isTrue();
		assertThat(diagnosis.shared().has("integration")).as("nobody's answers change").isFalse();
		assertThat(recommended(diagnosis.sharedRecommendation())).containsExactly("partenariat");
	}

	@Test
	void ifThePartnersSettleOnPoolingTheirMeansTheSharedRecommendationBecomesAPoolingAgreement() {
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("Maison des jeunes", poolingMeans()),
				partner("Centre social", with(poolingMeans(), "integration", "fusionner"))));
		GroupDiagnosis.Variant pooling = diagnosis.toDiscuss().get(0).variants().get(0);

		Settlement settled = divergences.settle(diagnosis, "integration", pooling.answer());

		assertThat(settled.recommended()).isEqualTo(pooling.recommended()).containsExactly("mutualisation");
		assertThat(settled.nowExcluded()).contains("fusion");
	}

	@Test
	void onlyAnAnswerSomePartnerGaveToAQuestionInDisputeCanBeSettledOn() {
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("A", poolingMeans()),
				partner("B", with(poolingMeans(), "integration", "fusionner"))));

		assertThatThrownBy(() -> divergences.settle(diagnosis, "integration",
				answers(with(poolingMeans(), "integration", "structurer")).get("integration").orElseThrow()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> divergences.settle(diagnosis, "surplus",
				answers(poolingMeans()).get("surplus").orElseThrow()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void eachPartnerIsToldWhatItsOwnAnswersAloneWouldGive() {
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("A", poolingMeans()),
				partner("B", with(poolingMeans(), "legal_entity", "oui"))));

		assertThat(recommended(diagnosis.partners().get(0).recommendation())).containsExactly("mutualisation");
		assertThat(recommended(diagnosis.partners().get(1).recommendation())).containsExactly("union_associations");
		assertThat(recommended(diagnosis.partners().get(1).recommendation())).isEqualTo(
				recommended(SeedCatalog.VERSION_2.engine().evaluate(answers(with(poolingMeans(), "legal_entity", "oui")))));
	}

	@Test
	void questionsAreOrderedByHowManyFormsTheirAnswersChange() {
		Map<String, Object> other = with(with(poolingMeans(), "integration", "echanger"), "legal_entity", "oui");
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("A", poolingMeans()), partner("B", other)));

		assertThat(diagnosis.toDiscuss()).hasSizeGreaterThanOrEqualTo(2);
		List<Integer> impacts = diagnosis.toDiscuss().stream().map(QuestionComparison::impact).toList();
		List<Integer> sorted = new ArrayList<>(impacts);
		sorted.sort((a, b) -> b - a);
		assertThat(impacts).isEqualTo(sorted).allMatch(impact -> impact > 0);
	}

	@Test
	void aDivergenceThatChangesNoFormIsNotAmongTheQuestionsToDiscussFirst() {
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("A", poolingMeans()),
				partner("B", with(poolingMeans(), "duration", "determinee"))));

		QuestionComparison duration = question(diagnosis, "duration");
		assertThat(duration.agreement()).isEqualTo(Agreement.DIVERGENT);
		assertThat(duration.impact()).isZero();
		assertThat(diagnosis.toDiscuss()).isEmpty();
		assertThat(diagnosis.divergentWithoutEffect()).extracting(QuestionComparison::question).containsExactly("duration");
		assertThat(recommended(diagnosis.sharedRecommendation())).containsExactly("mutualisation");
	}

	@Test
	void partnersWhoAgreeOnEverythingHaveNothingToDiscussAndShareTheirRecommendation() {
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("A", poolingMeans()), partner("B", poolingMeans()),
				partner("C", poolingMeans())));

		assertThat(diagnosis.toDiscuss()).isEmpty();
		assertThat(diagnosis.questions()).allMatch(q -> q.agreement() == Agreement.AGREED);
		assertThat(diagnosis.shared()).isEqualTo(answers(poolingMeans()));
		assertThat(recommended(diagnosis.sharedRecommendation())).containsExactly("mutualisation");
	}

	@Test
	void aPrerequisiteOnePartnerRatesNotYetIsWeakForTheGroup() {
		Map<String, String> notYetOnValues = allReady();
		notYetOnValues.put("valeurs", "non");
		Map<String, String> partlyOnObjectives = allReady();
		partlyOnObjectives.put("objectifs", "en_partie");
		Map<String, Object> structure = with(poolingMeans(), "legal_entity", "oui");
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("A", structure),
				partner("B", with(structure, "readiness", notYetOnValues)), partner("C", with(structure, "readiness", partlyOnObjectives))));

		PrerequisiteSpread values = diagnosis.prerequisites().stream().filter(p -> p.line().equals("valeurs")).findFirst().orElseThrow();
		assertThat(values.weakForGroup()).isTrue();
		assertThat(values.levelCounts()).containsEntry("oui", 2).containsEntry("non", 1).containsEntry("en_partie", 0);
		assertThat(values.partnerLevels()).containsEntry("B", "non").containsEntry("A", "oui");
		PrerequisiteSpread objectives = diagnosis.prerequisites().stream().filter(p -> p.line().equals("objectifs")).findFirst().orElseThrow();
		assertThat(objectives.weakForGroup()).isFalse();
		assertThat(objectives.toConsolidate()).isTrue();
		assertThat(diagnosis.weakPrerequisites()).extracting(PrerequisiteSpread::line).containsExactly("valeurs");
		// the group's answers carry the weakest level: a common structure comes with its warning
		assertThat(diagnosis.sharedRecommendation().recommended()).isNotEmpty()
			.allSatisfy(form -> assertThat(form.warning()).as(form.form() + " warned").isNotNull());
	}

	@Test
	void boardMembersOfOnePartnerWhoDisagreeMakeThatPartnerDivided() {
		PartnerAnswers divided = new PartnerAnswers("A",
				List.of(answers(poolingMeans()), answers(with(poolingMeans(), "integration", "fusionner"))));
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(divided, partner("B", poolingMeans())));

		QuestionComparison degree = question(diagnosis, "integration");
		assertThat(degree.agreement()).isEqualTo(Agreement.DIVERGENT);
		assertThat(degree.positions().get(0).state()).isEqualTo(PositionState.DIVIDED);
		assertThat(degree.positions().get(1).state()).isEqualTo(PositionState.ANSWERED);
		assertThat(discussed(diagnosis)).first().isEqualTo("integration");
		assertThat(diagnosis.partners().get(0).respondents()).isEqualTo(2);
	}

	@Test
	void aPartnerWhoHasNotAnsweredYetLeavesTheOthersAgreementStanding() {
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("A", poolingMeans()), partner("B", poolingMeans()),
				new PartnerAnswers("C", List.of(Answers.empty()))));

		assertThat(question(diagnosis, "integration").agreement()).isEqualTo(Agreement.PARTLY_KNOWN);
		assertThat(question(diagnosis, "integration").positions().get(2).state()).isEqualTo(PositionState.UNANSWERED);
		assertThat(diagnosis.partners().get(2).hasAnswered()).isFalse();
		assertThat(recommended(diagnosis.sharedRecommendation())).containsExactly("mutualisation");
	}

	@Test
	void aPartnerWhoDoesNotKnowNeitherAgreesNorDisagrees() {
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("A", poolingMeans()),
				partner("B", with(poolingMeans(), "surplus", "ne_sait_pas"))));

		QuestionComparison surplus = question(diagnosis, "surplus");
		assertThat(surplus.agreement()).isEqualTo(Agreement.PARTLY_KNOWN);
		assertThat(surplus.positions().get(1).state()).isEqualTo(PositionState.DONT_KNOW);
	}

	@Test
	void aQuestionHiddenByOnePartnersAnswersIsNotAskedOfThatPartner() {
		GroupDiagnosis diagnosis = divergences.diagnose(List.of(partner("A", poolingMeans()),
				partner("B", with(poolingMeans(), "integration", "fusionner"))));

		// « Une personne morale nouvelle ? » is not asked of those who want to merge
		assertThat(question(diagnosis, "legal_entity").positions().get(1).state()).isEqualTo(PositionState.NOT_ASKED);
	}

	@Test
	void theOrderOfThePartnersDoesNotChangeWhatToDiscuss() {
		List<PartnerAnswers> partners = List.of(partner("A", poolingMeans()),
				partner("B", with(poolingMeans(), "integration", "fusionner")),
				partner("C", with(poolingMeans(), "legal_entity", "oui")));
		List<PartnerAnswers> reversed = new ArrayList<>(partners);
		Collections.reverse(reversed);

		assertThat(discussed(divergences.diagnose(reversed))).isEqualTo(discussed(divergences.diagnose(partners)));
		assertThat(divergences.diagnose(partners)).isEqualTo(divergences.diagnose(partners));
	}
}
