package fr.capcooperation.rules;

import static fr.capcooperation.rules.Condition.all;
import static fr.capcooperation.rules.Condition.includes;
import static fr.capcooperation.rules.Condition.is;
import static fr.capcooperation.rules.Condition.not;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The engine with a graduated path (catalogue format 2), on a small made-up ruleset: positive
 * evidence, the degree of rapprochement, ties, questions never shown, the readiness warning.
 */
class GraduatedPathTest {

	private static final List<QuestionSpec> QUESTIONS = List.of(
			QuestionSpec.single("integration", "echanger", "mutualiser", "structurer", "fusionner", Answer.DONT_KNOW),
			QuestionSpec.multiple("partners", "associations", "public", "essms"),
			QuestionSpec.single("managers", "associations", "publics", Answer.DONT_KNOW)
				.shownIf(includes("partners", "essms")),
			QuestionSpec.single("legal_entity", "oui", "non", Answer.DONT_KNOW)
				.shownIf(not(is("integration", "fusionner"))),
			QuestionSpec.multiple("purpose", "projet", "moyens", "representation"),
			QuestionSpec.checklist("readiness", List.of("oui", "en_partie", "non"), List.of("volontariat", "valeurs")));

	private static final List<Rule> RULES = List.of(
			Rule.excludes("convention.no-legal-person", "convention", is("legal_entity", "oui")),
			Rule.favours("convention.project", "convention", 3, includes("purpose", "projet")),
			Rule.favours("pooling.means", "pooling", 3, includes("purpose", "moyens")),
			Rule.excludes("pooling.no-legal-person", "pooling", is("legal_entity", "oui")),
			Rule.requires("union.associations", "union", Condition.any(includes("partners", "associations"),
					all(includes("partners", "essms"), is("managers", "associations")))),
			Rule.excludes("union.not-associations",
					"union", Condition.any(includes("partners", "public"),
							all(includes("partners", "essms"), is("managers", "publics")))),
			Rule.favours("union.representation", "union", 4, includes("purpose", "representation")),
			Rule.favours("union.legal-person", "union", 2, is("legal_entity", "oui")),
			Rule.requires("merger.intent", "merger", is("integration", "fusionner")),
			Rule.favours("merger.wanted", "merger", 5, is("integration", "fusionner")));

	private static final Guidance PATH = new Guidance("integration",
			List.of("echanger", "mutualiser", "structurer", "fusionner"),
			Map.of("convention", "echanger", "pooling", "mutualiser", "union", "structurer", "merger", "fusionner"),
			"structurer", Set.of("volontariat"), Set.of("non"));

	private static final List<String> FORMS = List.of("convention", "pooling", "union", "merger");

	private final RulesEngine engine = new RulesEngine(new Ruleset(QUESTIONS, FORMS, RULES, PATH));

	private static Answers answers(Object... pairs) {
		Map<String, Answer> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (Answer) pairs[i + 1]);
		}
		return Answers.of(map);
	}

	@Test
	void a_form_with_no_answer_speaking_for_it_is_possible_but_not_recommended() {
		Recommendation result = engine.evaluate(answers("integration", Answer.choice("structurer"), "partners",
				Answer.choices("associations"), "purpose", Answer.choices("moyens"), "legal_entity", Answer.choice("oui")));
		assertThat(result.form("union").status()).isEqualTo(Status.RECOMMENDED);
		result = engine.evaluate(answers("integration", Answer.choice("structurer"), "partners",
				Answer.choices("associations"), "legal_entity", Answer.choice("non")));
		assertThat(result.form("union").status()).isEqualTo(Status.POSSIBLE);
		assertThat(result.form("union").holds()).containsExactly(Hold.NO_EVIDENCE);
		assertThat(result.recommended()).isEmpty();
		assertThat(result.undecided().cause()).isEqualTo(Undecided.Cause.NO_EVIDENCE);
	}

	@Test
	void an_unknown_requirement_keeps_a_form_possible_and_names_the_question_that_settles_it() {
		Recommendation result = engine.evaluate(answers("integration", Answer.choice("structurer"), "partners",
				Answer.choices("essms"), "managers", Answer.choice(Answer.DONT_KNOW), "purpose",
				Answer.choices("representation"), "legal_entity", Answer.choice("oui")));
		FormAssessment union = result.form("union");
		assertThat(union.status()).isEqualTo(Status.POSSIBLE);
		assertThat(union.holds()).contains(Hold.REQUIREMENT_UNKNOWN);
		assertThat(result.undecided().cause()).isEqualTo(Undecided.Cause.REQUIREMENTS_UNKNOWN);
	}

	@Test
	void an_unknown_degree_recommends_no_structure_and_ranks_the_lighter_forms_first() {
		Recommendation result = engine.evaluate(answers("integration", Answer.choice(Answer.DONT_KNOW), "partners",
				Answer.choices("associations"), "purpose", Answer.choices("projet", "moyens", "representation"),
				"legal_entity", Answer.choice("non")));
		assertThat(result.forms()).extracting(FormAssessment::form).startsWith("convention", "pooling", "union");
		assertThat(result.recommended()).extracting(FormAssessment::form).containsExactly("convention");
		assertThat(result.form("union").holds()).containsExactly(Hold.DEGREE_UNKNOWN);
		assertThat(result.undecided().cause()).isEqualTo(Undecided.Cause.DEGREE_UNKNOWN);
		assertThat(result.undecided().settling()).containsExactly("integration");
		assertThat(result.form("pooling").rank()).isEqualTo(2);
	}

	@Test
	void equal_forms_stay_tied() {
		List<String> forms = List.of("a", "b");
		List<Rule> rules = List.of(Rule.favours("a.project", "a", 3, includes("purpose", "projet")),
				Rule.favours("b.project", "b", 3, includes("purpose", "projet")));
		Guidance path = new Guidance("integration", List.of("echanger", "mutualiser", "structurer", "fusionner"),
				Map.of("a", "echanger", "b", "echanger"), "structurer", Set.of(), Set.of());
		Recommendation result = new RulesEngine(new Ruleset(QUESTIONS, forms, rules, path))
			.evaluate(answers("integration", Answer.choice("echanger"), "purpose", Answer.choices("projet")));
		assertThat(result.recommended()).extracting(FormAssessment::form).containsExactly("a", "b");
		assertThat(result.recommended()).allSatisfy(form -> assertThat(form.tied()).isTrue());
		assertThat(result.recommended()).extracting(FormAssessment::rank).containsOnly(1);
	}

	@Test
	void a_rule_about_a_question_never_shown_says_nothing() {
		Recommendation result = engine.evaluate(answers("integration", Answer.choice("fusionner"), "partners",
				Answer.choices("associations"), "legal_entity", Answer.choice("oui")));
		assertThat(result.form("union").outcomes()).extracting(outcome -> outcome.rule().key())
			.doesNotContain("union.legal-person");
		assertThat(result.form("convention").status()).isNotEqualTo(Status.EXCLUDED);
		assertThat(result.form("merger").status()).isEqualTo(Status.RECOMMENDED);
	}

	@Test
	void a_question_shown_only_under_a_condition_decides_nothing_when_read_with_that_condition() {
		Recommendation result = engine.evaluate(answers("integration", Answer.choice("structurer"), "partners",
				Answer.choices("associations"), "purpose", Answer.choices("representation"), "legal_entity",
				Answer.choice("oui")));
		assertThat(result.form("union").outcomes(Effect.TO_CHECK)).isEmpty();
		assertThat(result.unknowns()).isEmpty();
	}

	@Test
	void a_recommended_merger_without_voluntary_commitment_warns_and_proposes_the_best_lighter_form() {
		Recommendation result = engine.evaluate(answers("integration", Answer.choice("fusionner"), "partners",
				Answer.choices("associations"), "purpose", Answer.choices("moyens"), "readiness",
				new Answer.Checklist(Map.of("volontariat", "en_partie", "valeurs", "oui"))));
		FormAssessment merger = result.form("merger");
		assertThat(merger.status()).isEqualTo(Status.RECOMMENDED);
		assertThat(merger.warning()).isNotNull();
		assertThat(merger.warning().weakLines()).containsExactly("volontariat");
		assertThat(merger.warning().firstStep()).isEqualTo("pooling");
	}

	@Test
	void any_prerequisite_not_yet_there_warns_and_a_ready_one_does_not() {
		Answers ready = answers("integration", Answer.choice("fusionner"), "partners", Answer.choices("associations"),
				"readiness", new Answer.Checklist(Map.of("volontariat", "oui", "valeurs", "en_partie")));
		assertThat(engine.evaluate(ready).form("merger").warning()).isNull();
		Answers notYet = answers("integration", Answer.choice("fusionner"), "partners", Answer.choices("associations"),
				"readiness", new Answer.Checklist(Map.of("volontariat", "oui", "valeurs", "non")));
		assertThat(engine.evaluate(notYet).form("merger").warning().weakLines()).containsExactly("valeurs");
		assertThat(engine.evaluate(notYet).form("merger").warning().firstStep()).isEqualTo("convention");
	}

	@Test
	void without_a_graduated_path_the_engine_ranks_by_score_as_version_1_did() {
		RulesEngine plain = new RulesEngine(new Ruleset(QUESTIONS, FORMS, RULES));
		Recommendation result = plain.evaluate(answers("integration", Answer.choice(Answer.DONT_KNOW), "partners",
				Answer.choices("associations")));
		assertThat(result.undecided()).isNull();
		assertThat(result.recommended()).isNotEmpty();
		assertThat(result.forms()).allSatisfy(form -> assertThat(form.holds()).isEmpty());
	}

	@Test
	void a_path_naming_unknown_steps_or_leaving_a_form_without_a_step_is_reported() {
		Guidance broken = new Guidance("integration", List.of("echanger", "structurer"), Map.of("convention", "ailleurs"),
				"inconnu", Set.of("absent"), Set.of("jamais"));
		List<Problem> problems = new Ruleset(QUESTIONS, FORMS, RULES, broken).checks();
		assertThat(problems).extracting(Problem::code)
			.contains("guidance-unknown-step", "guidance-form-without-step", "guidance-unknown-prerequisite",
					"guidance-unknown-level");
	}
}
