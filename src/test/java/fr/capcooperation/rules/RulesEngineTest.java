package fr.capcooperation.rules;

import static fr.capcooperation.rules.Condition.atLeast;
import static fr.capcooperation.rules.Condition.includes;
import static fr.capcooperation.rules.Condition.is;
import static fr.capcooperation.rules.Condition.not;
import static fr.capcooperation.rules.Condition.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The four rule kinds and the explanation, on a small made-up ruleset. */
class RulesEngineTest {

	private static final List<QuestionSpec> QUESTIONS = List.of(
			QuestionSpec.single("integration", "echanger", "structurer", "fusionner", Answer.DONT_KNOW),
			QuestionSpec.multiple("partners", "associations", "public", "entreprises"),
			QuestionSpec.number("member_count", 2, 1000),
			QuestionSpec.single("legal_entity", "oui", "non", Answer.DONT_KNOW)
				.shownIf(not(is("integration", "fusionner"))),
			QuestionSpec.single("duration", "determinee", "indeterminee", Answer.DONT_KNOW),
			QuestionSpec.checklist("readiness", List.of("oui", "en_partie", "non"), List.of("besoins", "valeurs", "qualite")));

	private static final List<Rule> RULES = List.of(
			Rule.excludes("partenariat.no-legal-person", "partenariat", is("legal_entity", "oui")),
			Rule.favours("partenariat.exchange", "partenariat", 4, is("integration", "echanger")),
			Rule.disfavours("partenariat.structure", "partenariat", 3, is("integration", "structurer")),
			Rule.requires("gip.public", "gip", includes("partners", "public")),
			Rule.favours("gip.legal-person", "gip", 2, is("legal_entity", "oui")),
			Rule.requires("union.associations-only", "union", only("partners", "associations")),
			Rule.favours("union.structure", "union", 2, is("integration", "structurer")),
			Rule.requires("agri.four-members", "agri", atLeast("member_count", 4)),
			Rule.excludes("gie.open-duration", "gie", is("duration", "indeterminee")),
			Rule.requires("gie.companies", "gie", includes("partners", "entreprises")));

	private final RulesEngine engine = new RulesEngine(
			new Ruleset(QUESTIONS, List.of("partenariat", "gip", "union", "agri", "gie"), RULES));

	private static Answers answers(Object... pairs) {
		Map<String, Answer> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (Answer) pairs[i + 1]);
		}
		return Answers.of(map);
	}

	private static final Answers TOWN_AND_ASSOCIATION = answers(
			"integration", Answer.choice("structurer"),
			"partners", Answer.choices("associations", "public"),
			"member_count", Answer.number(2),
			"legal_entity", Answer.choice("oui"),
			"duration", Answer.choice("indeterminee"));

	@Nested
	class Requires {
		@Test
		void a_requirement_not_met_excludes_the_form_and_says_why() {
			FormAssessment union = engine.evaluate(TOWN_AND_ASSOCIATION).form("union");
			assertThat(union.status()).isEqualTo(Status.EXCLUDED);
			assertThat(union.outcomes(Effect.BLOCKS)).extracting(o -> o.rule().key())
				.containsExactly("union.associations-only");
			assertThat(union.outcomes(Effect.BLOCKS).get(0).questions()).containsExactly("partners");
		}

		@Test
		void a_requirement_met_is_a_reason_for_the_form() {
			FormAssessment gip = engine.evaluate(TOWN_AND_ASSOCIATION).form("gip");
			assertThat(gip.status()).isNotEqualTo(Status.EXCLUDED);
			assertThat(gip.outcomes(Effect.SUPPORTS)).extracting(o -> o.rule().key())
				.contains("gip.public");
		}

		@Test
		void an_unknown_answer_never_excludes_but_is_to_check() {
			Answers unsure = TOWN_AND_ASSOCIATION.with("member_count", null);
			FormAssessment agri = engine.evaluate(unsure).form("agri");
			assertThat(agri.status()).isNotEqualTo(Status.EXCLUDED);
			assertThat(agri.outcomes(Effect.TO_CHECK)).extracting(o -> o.rule().key())
				.containsExactly("agri.four-members");
		}
	}

	@Nested
	class Excludes {
		@Test
		void an_exclusion_that_holds_excludes_the_form() {
			Recommendation result = engine.evaluate(TOWN_AND_ASSOCIATION);
			assertThat(result.form("partenariat").status()).isEqualTo(Status.EXCLUDED);
			assertThat(result.form("gie").outcomes(Effect.BLOCKS)).extracting(o -> o.rule().key())
				.containsExactly("gie.open-duration", "gie.companies");
		}

		@Test
		void je_ne_sais_pas_does_not_exclude() {
			Answers unsure = TOWN_AND_ASSOCIATION.with("legal_entity", Answer.choice(Answer.DONT_KNOW));
			Recommendation result = engine.evaluate(unsure);
			assertThat(result.form("partenariat").status()).isNotEqualTo(Status.EXCLUDED);
			assertThat(result.unknowns()).extracting(UnknownAnswer::question).containsExactly("legal_entity");
			assertThat(result.unknowns().get(0).forms()).containsExactly("partenariat", "gip");
		}

		@Test
		void an_exclusion_that_does_not_hold_clears_the_obstacle() {
			Answers fixedTerm = TOWN_AND_ASSOCIATION.with("duration", Answer.choice("determinee"));
			assertThat(engine.evaluate(fixedTerm).form("gie").outcomes(Effect.CLEARS)).extracting(o -> o.rule().key())
				.containsExactly("gie.open-duration");
		}
	}

	@Nested
	class FavoursAndDisfavours {
		@Test
		void weights_of_rules_that_hold_add_up_and_the_best_is_recommended() {
			Answers exchange = TOWN_AND_ASSOCIATION.with("integration", Answer.choice("echanger"))
				.with("legal_entity", Answer.choice("non"));
			Recommendation result = engine.evaluate(exchange);
			assertThat(result.form("partenariat").score()).isEqualTo(4);
			assertThat(result.form("partenariat").status()).isEqualTo(Status.RECOMMENDED);
			assertThat(result.form("gip").score()).isEqualTo(0);
			assertThat(result.form("gip").status()).isEqualTo(Status.POSSIBLE);
		}

		@Test
		void a_disfavour_that_holds_subtracts_and_is_a_reason_against() {
			Answers noLegalPerson = TOWN_AND_ASSOCIATION.with("legal_entity", Answer.choice("non"));
			FormAssessment partenariat = engine.evaluate(noLegalPerson).form("partenariat");
			assertThat(partenariat.score()).isEqualTo(-3);
			assertThat(partenariat.outcomes(Effect.WEAKENS)).extracting(o -> o.rule().key())
				.containsExactly("partenariat.structure");
		}

		@Test
		void a_scoring_rule_that_does_not_hold_is_left_out_of_the_explanation() {
			FormAssessment gip = engine.evaluate(TOWN_AND_ASSOCIATION.with("legal_entity", Answer.choice("non")))
				.form("gip");
			assertThat(gip.outcomes()).extracting(o -> o.rule().key()).doesNotContain("gip.legal-person");
		}
	}

	@Nested
	class Ranking {
		@Test
		void ties_are_shown_as_ties_in_catalogue_order() {
			Answers tie = answers("integration", Answer.choice("structurer"), "partners", Answer.choices("public"),
					"member_count", Answer.number(5), "legal_entity", Answer.choice("oui"),
					"duration", Answer.choice("determinee"));
			// unsure of the legal person: gip 0, agri 0, partenariat -3; union and gie excluded
			Recommendation result = engine.evaluate(tie.with("legal_entity", Answer.choice(Answer.DONT_KNOW)));
			assertThat(result.recommended()).extracting(FormAssessment::form).containsExactly("gip", "agri");
			assertThat(result.recommended()).allMatch(FormAssessment::tied).allMatch(f -> f.rank() == 1);
		}

		@Test
		void forms_come_recommended_then_possible_then_excluded() {
			Recommendation result = engine.evaluate(TOWN_AND_ASSOCIATION);
			assertThat(result.forms()).extracting(FormAssessment::status)
				.isSortedAccordingTo(Comparator.comparing(Status::ordinal));
			assertThat(result.forms()).extracting(FormAssessment::form)
				.containsExactly("gip", "partenariat", "union", "agri", "gie");
		}

		@Test
		void the_same_answers_always_give_the_same_result() {
			assertThat(engine.evaluate(TOWN_AND_ASSOCIATION)).isEqualTo(engine.evaluate(TOWN_AND_ASSOCIATION));
		}
	}

	@Nested
	class DisplayConditions {
		@Test
		void an_answer_to_a_question_no_longer_shown_is_dropped_from_the_evaluation() {
			Answers merging = TOWN_AND_ASSOCIATION.with("integration", Answer.choice("fusionner"));
			Recommendation result = engine.evaluate(merging);
			assertThat(result.evaluated().has("legal_entity")).isFalse();
			assertThat(result.form("partenariat").status()).isNotEqualTo(Status.EXCLUDED);
		}

		@Test
		void a_hidden_question_is_not_listed_as_to_check() {
			Answers merging = TOWN_AND_ASSOCIATION.with("integration", Answer.choice("fusionner"));
			assertThat(engine.evaluate(merging).unknowns()).extracting(UnknownAnswer::question)
				.doesNotContain("legal_entity");
		}
	}

	@Nested
	class WhatWouldHaveToChange {
		@Test
		void one_answer_changed_is_proposed_when_it_is_enough() {
			FormAssessment partenariat = engine.evaluate(TOWN_AND_ASSOCIATION).form("partenariat");
			assertThat(partenariat.changes()).isNotEmpty();
			ChangeSet first = partenariat.changes().get(0);
			assertThat(first.changes()).hasSize(1);
			assertThat(first.changes().get(0).question()).isEqualTo("legal_entity");
			assertThat(first.changes().get(0).to()).isEqualTo(Answer.choice("non"));
		}

		@Test
		void a_multiple_choice_is_narrowed_to_what_the_form_accepts() {
			FormAssessment union = engine.evaluate(TOWN_AND_ASSOCIATION).form("union");
			AnswerChange change = union.changes().get(0).changes().get(0);
			assertThat(change.to()).isEqualTo(Answer.choices("associations"));
			assertThat(change.removed()).containsExactly("public");
			assertThat(change.added()).isEmpty();
		}

		@Test
		void two_answers_are_proposed_when_two_obstacles_stand() {
			FormAssessment gie = engine.evaluate(TOWN_AND_ASSOCIATION).form("gie");
			assertThat(gie.changes()).isNotEmpty();
			assertThat(gie.changes().get(0).changes()).extracting(AnswerChange::question)
				.containsExactly("partners", "duration");
		}

		@Test
		void a_number_is_raised_to_the_threshold() {
			AnswerChange change = engine.evaluate(TOWN_AND_ASSOCIATION).form("agri").changes().get(0).changes().get(0);
			assertThat(change.to()).isEqualTo(Answer.number(4));
		}

		@Test
		void every_proposed_change_really_makes_the_form_possible() {
			Recommendation result = engine.evaluate(TOWN_AND_ASSOCIATION);
			for (FormAssessment form : result.withStatus(Status.EXCLUDED)) {
				for (ChangeSet set : form.changes()) {
					Answers changed = TOWN_AND_ASSOCIATION;
					for (AnswerChange change : set.changes()) {
						changed = changed.with(change.question(), change.to());
					}
					assertThat(engine.evaluate(changed).form(form.form()).status()).as(form.form())
						.isNotEqualTo(Status.EXCLUDED);
				}
			}
		}
	}

	@Nested
	class Prerequisites {
		@Test
		void lines_not_answered_yes_are_to_consolidate() {
			Answers ready = TOWN_AND_ASSOCIATION.with("readiness",
					new Answer.Checklist(Map.of("besoins", "oui", "valeurs", "en_partie", "qualite", "non")));
			Readiness readiness = engine.evaluate(ready).readiness();
			assertThat(readiness.total()).isEqualTo(3);
			assertThat(readiness.toConsolidate()).isEqualTo(2);
			assertThat(readiness.weakLines()).extracting(Readiness.Line::key).containsExactly("valeurs", "qualite");
		}

		@Test
		void the_checklist_never_changes_the_recommendation() {
			Answers ready = TOWN_AND_ASSOCIATION.with("readiness",
					new Answer.Checklist(Map.of("besoins", "non", "valeurs", "non", "qualite", "non")));
			assertThat(engine.evaluate(ready).forms()).isEqualTo(engine.evaluate(TOWN_AND_ASSOCIATION).forms());
		}
	}

	@Nested
	class Consistency {
		@Test
		void a_consistent_ruleset_has_no_problem() {
			assertThat(engine.ruleset().checks()).isEmpty();
		}

		@Test
		void unknown_questions_options_forms_and_bad_weights_are_reported() {
			Ruleset broken = new Ruleset(QUESTIONS, List.of("gip"), List.of(
					Rule.requires("gip.a", "gip", includes("partners", "martians")),
					Rule.requires("gip.b", "gip", is("colour", "blue")),
					Rule.favours("gip.c", "gip", 9, is("integration", "echanger")),
					Rule.favours("gip.c", "nowhere", 1, includes("integration", "echanger"))));
			assertThat(broken.checks())
				.extracting(problem -> problem.code() + " " + problem.subject() + " " + problem.subjectKey() + " "
						+ problem.details())
				.containsExactlyInAnyOrder("unknown-option RULE gip.a [martians, partners]",
						"unknown-question RULE gip.b [colour]", "weight-out-of-range RULE gip.c [9]",
						"duplicate-rule RULE gip.c []", "unknown-form RULE gip.c [nowhere]",
						"wrong-question-type RULE gip.c [integration, SINGLE, MULTIPLE]");
		}
	}

	@Test
	void a_change_lists_the_options_to_add_and_remove_in_the_order_given_on_every_run() {
		AnswerChange change = AnswerChange.of("partners",
				new Answer.Choices(new LinkedHashSet<>(List.of("associations", "entreprises", "public"))),
				new Answer.Choices(new LinkedHashSet<>(
						List.of("associations", "salaries", "usagers", "benevoles", "collectivites", "europe"))));

		assertThat(change.added()).containsExactly("salaries", "usagers", "benevoles", "collectivites", "europe");
		assertThat(change.removed()).containsExactly("entreprises", "public");
	}
}
