package fr.capcooperation.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import fr.capcooperation.rules.Effect;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.Hold;
import fr.capcooperation.rules.Recommendation;
import fr.capcooperation.rules.RuleOutcome;
import fr.capcooperation.rules.Status;
import fr.capcooperation.rules.Undecided;

/**
 * Real situations of associations, written from the law before the weights were tuned, sent
 * with the question keys of version 1 only (what version 2 added is left unanswered, hence
 * unknown) unless a test says otherwise. For each: the forms that may be recommended, what the
 * law excludes, and what it allows (which must not be excluded). The ten principles of the legal
 * review come first, each by name.
 */
class LegalSituationsTest {

	final Map<String, String> allReady = Map.of("besoins", "oui", "volontariat", "oui", "projet_conjoint", "oui",
			"valeurs", "oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui");

	/** Answers as key, value pairs, the way the JSON API receives them. */
	Map<String, Object> answers(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	List<String> of(String... options) {
		return List.of(options);
	}

	Outcome when(Map<String, Object> answers) {
		return new Outcome(SeedCatalog.VERSION_2.engine().evaluate(SeedCatalog.answers(SeedCatalog.VERSION_2, answers)));
	}

	/** What the engine made of a situation, with assertions in the law's terms. */
	record Outcome(Recommendation result) {

		/** Something is recommended, and every recommended form is one of these. */
		Outcome recommendsOneOf(String... forms) {
			List<String> recommended = result.recommended().stream().map(FormAssessment::form).toList();
			assertThat(recommended).as("recommended").isNotEmpty().isSubsetOf(Arrays.asList(forms));
			return this;
		}

		Outcome recommends(String form) {
			assertThat(result.recommended()).extracting(FormAssessment::form).as("recommended").containsExactly(form);
			return this;
		}

		Outcome recommendsNothing() {
			assertThat(result.recommended()).extracting(FormAssessment::form).as("recommended").isEmpty();
			return this;
		}

		Outcome excludes(String... forms) {
			for (String form : forms) {
				assertThat(result.form(form).status()).as(form + " excluded").isEqualTo(Status.EXCLUDED);
			}
			return this;
		}

		/** The law allows these forms: they are not excluded. */
		Outcome allows(String... forms) {
			for (String form : forms) {
				assertThat(result.form(form).status()).as(form + " not excluded").isNotEqualTo(Status.EXCLUDED);
			}
			return this;
		}

		Outcome notRecommended(String... forms) {
			for (String form : forms) {
				assertThat(result.form(form).status()).as(form + " not recommended").isNotEqualTo(Status.RECOMMENDED);
			}
			return this;
		}

		/** The form is excluded by this rule, whose text gives the reason and the article. */
		Outcome excludedBecause(String form, String rule) {
			assertThat(result.form(form).outcomes(Effect.BLOCKS)).extracting(outcome -> outcome.rule().key())
				.as(form + " blocked by").contains(rule);
			return this;
		}

		Outcome toCheck(String form, String question) {
			assertThat(result.form(form).outcomes(Effect.TO_CHECK)).flatExtracting(RuleOutcome::questions)
				.as(form + " to check").contains(question);
			return this;
		}

		Outcome undecided(Undecided.Cause cause, String... settling) {
			assertThat(result.undecided()).as("undecided").isNotNull();
			assertThat(result.undecided().cause()).isEqualTo(cause);
			assertThat(result.undecided().settling()).contains(settling);
			return this;
		}

		Outcome decided() {
			assertThat(result.undecided()).as("undecided").isNull();
			return this;
		}

		Outcome warnsAbout(String form, String firstStep) {
			assertThat(result.form(form).warning()).as(form + " readiness warning").isNotNull();
			assertThat(result.form(form).warning().firstStep()).isEqualTo(firstStep);
			return this;
		}

		Outcome noWarning() {
			assertThat(result.forms()).allSatisfy(form -> assertThat(form.warning()).as(form.form()).isNull());
			return this;
		}

		Outcome ranksBefore(String lighter, String heavier) {
			List<String> order = result.forms().stream().map(FormAssessment::form).toList();
			assertThat(order.indexOf(lighter)).as(lighter + " before " + heavier).isLessThan(order.indexOf(heavier));
			return this;
		}
	}

	@Nested
	class ThePrinciplesOfTheLegalReview {

		@Test
		void p1_three_associations_that_each_run_an_ehpad_may_form_a_union() {
			when(answers("integration", "structurer", "partners", of("associations", "essms"), "member_count", 3,
					"legal_entity", "oui", "purpose", of("representation"), "surplus", "reinvestis", "duration",
					"indeterminee", "governance", "une_voix"))
				.recommends("union_associations")
				.allows("gcsms", "association_mixte")
				.toCheck("union_associations", "essms_managers");
		}

		@Test
		void p1_an_unknown_manager_of_a_social_establishment_never_excludes_and_ticking_it_never_removes_the_gcsms() {
			Outcome outcome = when(answers("integration", "structurer", "partners", of("essms"), "member_count", 3,
					"legal_entity", "oui", "purpose", of("medico_social")));
			outcome.allows("union_associations", "gcsms", "association_mixte")
				.recommends("gcsms")
				.toCheck("union_associations", "essms_managers");
			assertThat(outcome.result().form("union_associations").holds()).contains(Hold.REQUIREMENT_UNKNOWN);
		}

		@Test
		void p1_ehpads_run_by_a_public_establishment_cannot_join_a_union_or_merge() {
			when(answers("integration", "fusionner", "partners", of("associations", "essms"), "essms_managers",
					"publics", "member_count", 3))
				.excludes("union_associations", "fusion", "apport_partiel")
				.excludedBecause("fusion", "fusion.associations-only")
				.allows("gcsms", "gtsms", "association_mixte");
		}

		@Test
		void p2_associations_cannot_merge_with_a_commune() {
			when(answers("integration", "fusionner", "partners", of("associations", "public"), "member_count", 2))
				.excludes("fusion", "apport_partiel")
				.excludedBecause("fusion", "fusion.associations-only")
				.allows("gip", "association_mixte", "partenariat", "mutualisation");
		}

		@Test
		void p2_an_association_cannot_merge_with_a_company() {
			when(answers("integration", "fusionner", "partners", of("associations", "entreprises"), "member_count", 2,
					"purpose", of("fusion")))
				.excludes("fusion", "apport_partiel", "union_associations")
				.notRecommended("fusion");
		}

		@Test
		void p3_a_gip_does_not_admit_employees_or_users_as_members() {
			when(answers("integration", "structurer", "partners", of("associations", "public", "salaries"),
					"member_count", 12, "legal_entity", "oui", "purpose", of("equipement"), "surplus", "reinvestis",
					"duration", "indeterminee", "governance", "une_voix"))
				.excludes("gip")
				.excludedBecause("gip", "gip.legal-persons-only")
				.notRecommended("gip");
		}

		@Test
		void p4_two_associations_of_two_member_states_may_form_a_european_cooperative_society() {
			when(answers("integration", "structurer", "partners", of("associations", "europe"), "natural_persons",
					"non", "member_count", 2, "legal_entity", "oui", "purpose", of("activite_economique"), "governance",
					"une_voix"))
				.allows("sce", "geie");
		}

		@Test
		void p4_three_people_of_two_member_states_are_too_few_for_a_european_cooperative_society() {
			when(answers("integration", "structurer", "partners", of("salaries", "europe"), "member_count", 3,
					"legal_entity", "oui", "purpose", of("activite_economique")))
				.excludes("sce")
				.excludedBecause("sce", "sce.minimum-members");
		}

		@Test
		void p5_four_breeders_selling_milk_together_cannot_form_an_agricultural_cooperative() {
			when(answers("integration", "structurer", "partners", of("agriculteurs"), "member_count", 4,
					"legal_entity", "oui", "purpose", of("activite_economique"), "surplus", "membres", "duration",
					"determinee", "governance", "une_voix"))
				.excludes("cooperative_agricole")
				.excludedBecause("cooperative_agricole", "cooperative_agricole.minimum-members")
				.recommends("gie");
		}

		@Test
		void p5_four_farmers_sharing_machinery_may_form_a_cuma() {
			when(answers("integration", "mutualiser", "partners", of("agriculteurs"), "member_count", 4,
					"legal_entity", "oui", "purpose", of("services_agricoles"), "surplus", "membres", "duration",
					"indeterminee", "governance", "une_voix"))
				.recommends("cooperative_agricole");
		}

		@Test
		void p5_four_farmers_who_describe_their_machinery_as_shared_means_may_still_form_a_cuma() {
			when(answers("integration", "mutualiser", "partners", of("agriculteurs"), "member_count", 4,
					"legal_entity", "oui", "purpose", of("moyens")))
				.allows("cooperative_agricole")
				.recommends("cooperative_agricole");
		}

		@Test
		void p6_votes_weighted_by_contribution_exclude_a_scop_with_the_reason_and_the_article() {
			Outcome outcome = when(answers("integration", "structurer", "partners", of("salaries"), "member_count", 8,
					"legal_entity", "oui", "purpose", of("entreprise_salaries"), "surplus", "salaries", "duration",
					"indeterminee", "governance", "ponderee"));
			outcome.excludes("scop", "scic")
				.excludedBecause("scop", "scop.capital-weighted-votes")
				.notRecommended("scop");
			assertThat(SeedCatalog.VERSION_2.rule("scop.capital-weighted-votes").orElseThrow().textHolds())
				.contains("loi n° 47-1775");
		}

		@Test
		void p6_votes_weighted_by_contribution_exclude_a_scic_and_an_agricultural_cooperative_but_not_a_union() {
			when(answers("integration", "structurer", "partners", of("agriculteurs", "salaries", "beneficiaires"),
					"member_count", 12, "legal_entity", "oui", "purpose", of("interet_collectif", "services_agricoles"),
					"surplus", "reinvestis", "duration", "indeterminee", "governance", "ponderee"))
				.excludes("scic", "cooperative_agricole", "scop")
				.excludedBecause("scic", "scic.capital-weighted-votes")
				.excludedBecause("cooperative_agricole", "cooperative_agricole.capital-weighted-votes");
			when(answers("integration", "structurer", "partners", of("associations"), "member_count", 5,
					"legal_entity", "oui", "purpose", of("representation"), "surplus", "reinvestis", "duration",
					"indeterminee", "governance", "ponderee"))
				.recommends("union_associations");
		}

		@Test
		void p7_an_unknown_degree_of_rapprochement_never_makes_a_merger_the_recommendation() {
			when(answers("integration", "ne_sait_pas", "partners", of("associations"), "member_count", 2,
					"legal_entity", "ne_sait_pas", "purpose", of("fusion"), "surplus", "reinvestis", "duration",
					"indeterminee", "governance", "une_voix"))
				.notRecommended("fusion", "union_associations", "apport_partiel")
				.allows("fusion")
				.undecided(Undecided.Cause.DEGREE_UNKNOWN, "integration")
				.ranksBefore("partenariat", "mutualisation")
				.ranksBefore("mutualisation", "union_associations")
				.ranksBefore("union_associations", "fusion");
		}

		@Test
		void p7_a_degree_of_rapprochement_left_unanswered_counts_as_unknown() {
			when(answers("partners", of("associations"), "member_count", 3, "purpose", of("moyens")))
				.notRecommended("fusion", "union_associations", "groupement_employeurs")
				.undecided(Undecided.Cause.DEGREE_UNKNOWN, "integration")
				.recommendsOneOf("mutualisation");
		}

		@Test
		void p7_a_form_whose_defining_requirement_is_unknown_is_at_most_possible() {
			when(answers("integration", "structurer", "partners", of("associations", "essms"), "member_count", 3,
					"legal_entity", "oui", "purpose", of("projet_commun")))
				.notRecommended("association_mixte")
				.allows("association_mixte");
		}

		@Test
		void p7_with_no_answer_at_all_nothing_is_recommended_not_even_a_partnership() {
			when(answers())
				.recommendsNothing()
				.undecided(Undecided.Cause.DEGREE_UNKNOWN, "integration");
		}

		@Test
		void p7_when_no_answer_speaks_for_any_form_nothing_is_recommended_and_the_result_says_why() {
			when(answers("integration", "structurer", "partners", of("associations", "entreprises"), "member_count", 2,
					"legal_entity", "ne_sait_pas", "purpose", of("formation")))
				.recommendsNothing()
				.undecided(Undecided.Cause.NO_EVIDENCE);
		}

		@Test
		void p8_a_merger_without_a_voluntary_commitment_shows_a_warning_and_a_lighter_first_step() {
			Map<String, String> readiness = new LinkedHashMap<>(allReady);
			readiness.put("volontariat", "non");
			when(answers("integration", "fusionner", "partners", of("associations"), "member_count", 2, "purpose",
					of("projet_commun"), "restructuring_scope", "tout", "readiness", readiness))
				.recommends("fusion")
				.warnsAbout("fusion", "partenariat");
		}

		@Test
		void p8_a_union_with_its_prerequisites_in_place_shows_no_warning() {
			when(answers("integration", "structurer", "partners", of("associations"), "member_count", 4,
					"legal_entity", "oui", "purpose", of("representation"), "readiness", allReady))
				.recommends("union_associations")
				.noWarning();
		}

		@Test
		void p9_questions_never_shown_produce_no_reason_line() {
			Recommendation result = when(answers("integration", "fusionner", "partners", of("associations"),
					"member_count", 2, "legal_entity", "oui", "surplus", "membres")).result();
			assertThat(result.forms()).allSatisfy(form -> assertThat(form.outcomes())
				.noneMatch(outcome -> outcome.questions().contains("legal_entity")
						|| outcome.questions().contains("surplus") || outcome.questions().contains("governance")));
		}

		@Test
		void p9_every_rule_that_can_meet_an_unknown_answer_has_a_conditional_text() {
			assertThat(SeedCatalog.VERSION_2.content().rules()).allSatisfy(rule -> assertThat(rule.textUnknown())
				.as(rule.key())
				.isNotBlank()
				.startsWith("Si "));
		}

		@Test
		void p10_the_forms_whose_handout_words_are_out_of_date_carry_a_dated_note() {
			for (String form : of("gip", "gie", "scop", "sce", "fusion", "gcsms")) {
				assertThat(SeedCatalog.VERSION_2.form(form).orElseThrow().legalNotes()).as(form).isNotEmpty();
			}
		}
	}

	@Nested
	class SocialAndMedicoSocialSector {

		@Test
		void three_associations_running_ehpads_share_staff_and_services_in_a_gcsms() {
			when(answers("integration", "structurer", "partners", of("associations", "essms"), "member_count", 3,
					"legal_entity", "oui", "purpose", of("personnel", "moyens", "medico_social"), "surplus",
					"reinvestis", "duration", "indeterminee", "governance", "une_voix"))
				.recommends("gcsms")
				.allows("union_associations", "groupement_employeurs")
				.excludes("fusion", "gip", "partenariat", "mutualisation");
		}

		@Test
		void three_associations_running_ehpads_that_want_to_merge_are_offered_a_merger_to_check() {
			when(answers("integration", "fusionner", "partners", of("associations", "essms"), "member_count", 3,
					"purpose", of("medico_social")))
				.recommends("fusion")
				.toCheck("fusion", "essms_managers")
				.allows("gcsms", "apport_partiel");
		}

		@Test
		void public_ehpads_and_an_association_organising_care_for_the_elderly_may_form_a_gtsms() {
			when(answers("integration", "structurer", "partners", of("associations", "essms", "public"),
					"essms_managers", "publics", "member_count", 5, "legal_entity", "oui", "purpose",
					of("personnes_agees", "medico_social")))
				.recommends("gtsms")
				.allows("gcsms", "gip")
				.excludes("union_associations", "fusion");
		}

		@Test
		void three_social_services_managers_sharing_a_service_and_preparing_a_merger_get_a_gcsms() {
			when(answers("integration", "structurer", "partners", of("essms"), "member_count", 3, "legal_entity",
					"oui", "purpose", of("medico_social", "fusion"), "surplus", "reinvestis", "duration",
					"indeterminee", "governance", "une_voix"))
				.recommends("gcsms")
				.allows("fusion");
		}

		@Test
		void an_association_hands_its_home_care_service_to_another_association_by_a_partial_transfer() {
			when(answers("integration", "fusionner", "partners", of("associations"), "member_count", 2, "purpose",
					of("fusion"), "restructuring_scope", "branche"))
				.recommends("apport_partiel")
				.excludes("fusion")
				.excludedBecause("fusion", "fusion.whole-associations");
		}

		@Test
		void with_version_one_keys_alone_a_branch_transfer_is_possible_and_to_check() {
			when(answers("integration", "fusionner", "partners", of("associations"), "member_count", 2, "purpose",
					of("fusion")))
				.allows("apport_partiel", "fusion")
				.toCheck("apport_partiel", "restructuring_scope");
		}
	}

	@Nested
	class AssociationsWithAPublicPartner {

		@Test
		void an_association_and_a_commune_sharing_premises_without_a_new_structure_sign_a_pooling_agreement() {
			when(answers("integration", "mutualiser", "partners", of("associations", "public"), "member_count", 2,
					"legal_entity", "non", "purpose", of("moyens"), "surplus", "reinvestis", "duration", "determinee",
					"governance", "une_voix"))
				.recommends("mutualisation")
				.allows("partenariat")
				.excludes("gip", "association_mixte", "fusion", "union_associations")
				.excludedBecause("gip", "gip.no-new-legal-person");
		}

		@Test
		void an_association_and_a_town_with_a_shared_training_centre_get_a_gip_and_no_gie() {
			when(answers("integration", "structurer", "partners", of("associations", "public"), "member_count", 2,
					"legal_entity", "oui", "purpose", of("formation", "equipement"), "surplus", "reinvestis",
					"duration", "indeterminee", "governance", "une_voix"))
				.recommends("gip")
				.excludes("gie", "union_associations", "fusion")
				.allows("association_mixte");
		}

		@Test
		void associations_the_town_and_shopkeepers_coordinating_the_village_centre_form_a_mixed_association() {
			when(answers("integration", "structurer", "partners", of("associations", "public", "entreprises"),
					"member_count", 6, "legal_entity", "oui", "purpose", of("projet_commun"), "surplus", "reinvestis",
					"duration", "indeterminee", "governance", "une_voix"))
				.recommends("association_mixte")
				.excludes("union_associations", "fusion")
				.allows("gip");
		}

		@Test
		void a_town_that_wants_to_join_a_federation_of_associations_leaves_a_union_excluded_and_a_mixed_association_possible() {
			when(answers("integration", "structurer", "partners", of("associations", "public"), "member_count", 5,
					"legal_entity", "oui", "purpose", of("representation"), "surplus", "reinvestis"))
				.excludes("union_associations")
				.excludedBecause("union_associations", "union_associations.associations-only")
				.recommendsOneOf("association_mixte");
		}

		@Test
		void two_associations_and_a_town_running_one_event_with_a_subsidy_sign_a_partnership() {
			when(answers("integration", "echanger", "partners", of("associations", "public"), "member_count", 3,
					"legal_entity", "non", "purpose", of("projet_commun"), "surplus", "reinvestis", "duration",
					"determinee", "governance", "une_voix"))
				.recommends("partenariat")
				.excludes("fusion", "union_associations");
		}

		@Test
		void employees_users_and_the_town_running_a_local_food_shop_get_a_scic() {
			when(answers("integration", "structurer", "partners", of("salaries", "beneficiaires", "public"),
					"member_count", 30, "legal_entity", "oui", "purpose", of("interet_collectif"), "surplus",
					"reinvestis", "duration", "indeterminee", "governance", "une_voix"))
				.recommends("scic")
				.excludes("scop", "gip", "fusion");
		}

		@Test
		void a_scic_needs_users_and_employees_together_and_the_change_says_so() {
			Outcome outcome = when(answers("integration", "structurer", "partners", of("associations", "public"),
					"member_count", 5, "legal_entity", "oui", "purpose", of("interet_collectif")));
			var change = outcome.result().form("scic").changes().get(0).changes().get(0);
			assertThat(change.question()).isEqualTo("partners");
			assertThat(change.added()).containsExactly("salaries", "beneficiaires");
		}

		@Test
		void a_local_shop_with_producers_and_users_but_no_employees_yet_may_still_be_a_scic() {
			when(answers("integration", "structurer", "partners", of("agriculteurs", "beneficiaires", "public"),
					"member_count", 20, "legal_entity", "oui", "purpose", of("interet_collectif"), "governance",
					"colleges"))
				.recommends("scic")
				.allows("association_mixte");
		}
	}

	@Nested
	class AssociationsAmongThemselves {

		@Test
		void two_associations_of_a_federation_that_want_one_voice_and_a_shared_secretariat_get_a_union() {
			when(answers("integration", "structurer", "partners", of("associations"), "member_count", 2,
					"legal_entity", "oui", "purpose", of("representation", "moyens"), "surplus", "reinvestis",
					"duration", "indeterminee", "governance", "une_voix"))
				.recommends("union_associations")
				.excludes("partenariat", "mutualisation", "gip", "fusion");
		}

		@Test
		void two_associations_organising_one_festival_without_a_new_legal_person_sign_a_partnership() {
			when(answers("integration", "echanger", "partners", of("associations"), "member_count", 2,
					"legal_entity", "non", "purpose", of("projet_commun"), "surplus", "reinvestis", "duration",
					"determinee", "governance", "une_voix"))
				.recommends("partenariat")
				.excludes("fusion", "gip", "union_associations")
				.excludedBecause("union_associations", "union_associations.no-new-legal-person");
		}

		@Test
		void two_associations_sharing_premises_without_a_new_structure_sign_a_pooling_agreement() {
			when(answers("integration", "mutualiser", "partners", of("associations"), "member_count", 2,
					"legal_entity", "non", "purpose", of("moyens"), "surplus", "reinvestis", "duration",
					"indeterminee", "governance", "une_voix"))
				.recommends("mutualisation")
				.excludes("union_associations", "groupement_employeurs");
		}

		@Test
		void two_associations_sharing_one_employee_without_a_new_employer_second_her_by_convention() {
			when(answers("integration", "mutualiser", "partners", of("associations"), "member_count", 2,
					"legal_entity", "non", "purpose", of("personnel"), "surplus", "reinvestis", "duration",
					"indeterminee", "governance", "une_voix"))
				.recommends("mutualisation")
				.excludedBecause("groupement_employeurs", "groupement_employeurs.no-new-legal-person");
		}

		@Test
		void associations_that_know_only_who_they_are_start_with_a_partnership_and_no_structure() {
			when(answers("integration", "ne_sait_pas", "partners", of("associations")))
				.recommends("partenariat")
				.notRecommended("fusion", "union_associations", "mutualisation")
				.allows("fusion", "union_associations", "mutualisation")
				.undecided(Undecided.Cause.DEGREE_UNKNOWN, "integration");
		}

		@Test
		void two_associations_sharing_an_accountant_employed_by_a_common_structure_get_an_employers_group() {
			when(answers("integration", "mutualiser", "partners", of("associations"), "member_count", 2,
					"legal_entity", "oui", "purpose", of("personnel"), "surplus", "reinvestis", "duration",
					"indeterminee", "governance", "une_voix"))
				.recommends("groupement_employeurs")
				.excludes("mutualisation", "scop");
		}

		@Test
		void associations_about_to_merge_are_offered_a_merger() {
			when(answers("integration", "fusionner", "partners", of("associations"), "member_count", 2,
					"legal_entity", "non", "purpose", of("fusion")))
				.recommends("fusion")
				.allows("mutualisation", "partenariat", "apport_partiel");
		}

		@Test
		void a_french_association_cannot_merge_with_a_foreign_association() {
			when(answers("integration", "fusionner", "partners", of("associations", "europe"), "member_count", 2))
				.excludes("fusion")
				.excludedBecause("fusion", "fusion.associations-only");
		}

		@Test
		void three_associations_answering_a_public_tender_together_form_a_temporary_group() {
			when(answers("integration", "echanger", "partners", of("associations"), "member_count", 3,
					"legal_entity", "non", "purpose", of("marche_public"), "duration", "determinee"))
				.recommends("cotraitance")
				.allows("partenariat");
		}

		@Test
		void with_version_one_keys_a_tender_answered_together_gets_a_convention_and_no_structure() {
			when(answers("integration", "echanger", "partners", of("associations", "entreprises"), "member_count", 3,
					"legal_entity", "non", "purpose", of("projet_commun", "activite_economique"), "duration",
					"determinee"))
				.recommendsOneOf("partenariat", "cotraitance")
				.allows("cotraitance")
				.excludedBecause("gie", "gie.no-new-legal-person");
		}

		@Test
		void wanting_a_durable_structure_without_needing_a_legal_person_excludes_no_structure() {
			when(answers("integration", "structurer", "partners", of("associations"), "member_count", 3,
					"legal_entity", "non", "purpose", of("representation")))
				.allows("union_associations")
				.recommends("union_associations");
		}

		@Test
		void an_association_may_share_results_with_its_employees_only_as_an_incentive_which_excludes_no_association() {
			when(answers("integration", "structurer", "partners", of("associations"), "member_count", 3,
					"legal_entity", "oui", "purpose", of("representation"), "surplus", "salaries"))
				.allows("union_associations")
				.recommends("union_associations");
		}

		@Test
		void sharing_surpluses_among_members_excludes_every_association() {
			when(answers("integration", "structurer", "partners", of("associations", "public"), "member_count", 3,
					"legal_entity", "oui", "purpose", of("projet_commun"), "surplus", "membres"))
				.excludes("union_associations", "association_mixte", "gip")
				.excludedBecause("union_associations", "union_associations.non-profit");
		}
	}

	@Nested
	class CompaniesFarmersAndEmployees {

		@Test
		void an_association_and_a_company_buying_equipment_for_their_business_get_an_economic_interest_group() {
			when(answers("integration", "structurer", "partners", of("associations", "entreprises"), "member_count",
					2, "legal_entity", "oui", "purpose", of("activite_economique", "equipement"), "surplus", "membres",
					"duration", "determinee", "governance", "ponderee"))
				.recommends("gie")
				.excludes("union_associations", "fusion", "gip", "association_mixte");
		}

		@Test
		void an_economic_interest_group_without_a_time_limit_is_impossible() {
			when(answers("integration", "structurer", "partners", of("associations", "entreprises"), "member_count",
					2, "legal_entity", "oui", "purpose", of("activite_economique"), "duration", "indeterminee"))
				.excludes("gie")
				.excludedBecause("gie", "gie.fixed-duration");
		}

		@Test
		void employees_taking_over_their_associations_activity_and_sharing_results_get_a_scop() {
			when(answers("integration", "structurer", "partners", of("salaries"), "member_count", 10,
					"legal_entity", "oui", "purpose", of("entreprise_salaries"), "surplus", "salaries", "duration",
					"indeterminee", "governance", "une_voix"))
				.recommends("scop")
				.excludes("scic", "union_associations", "gip");
		}

		@Test
		void employees_who_want_every_surplus_reinvested_cannot_form_a_scop() {
			when(answers("integration", "structurer", "partners", of("salaries"), "member_count", 10,
					"legal_entity", "oui", "purpose", of("entreprise_salaries"), "surplus", "reinvestis"))
				.excludes("scop")
				.excludedBecause("scop", "scop.reinvested-surplus");
		}

		@Test
		void twelve_farmers_sharing_machinery_get_an_agricultural_cooperative() {
			when(answers("integration", "mutualiser", "partners", of("agriculteurs"), "member_count", 12,
					"legal_entity", "oui", "purpose", of("services_agricoles"), "surplus", "membres", "duration",
					"indeterminee", "governance", "une_voix"))
				.recommends("cooperative_agricole")
				.excludes("mutualisation", "union_associations", "fusion");
		}

		@Test
		void eight_dairy_farmers_selling_milk_together_get_an_agricultural_cooperative() {
			when(answers("integration", "structurer", "partners", of("agriculteurs"), "member_count", 8,
					"legal_entity", "oui", "purpose", of("activite_economique"), "surplus", "membres", "duration",
					"indeterminee", "governance", "une_voix"))
				.recommends("cooperative_agricole")
				.excludes("gie");
		}

		@Test
		void a_user_cooperative_of_two_is_too_small_for_a_scic() {
			when(answers("integration", "structurer", "partners", of("salaries", "beneficiaires"), "member_count", 2,
					"legal_entity", "oui", "purpose", of("interet_collectif")))
				.excludes("scic")
				.excludedBecause("scic", "scic.three-categories");
		}
	}

	@Nested
	class CrossBorderPartners {

		@Test
		void a_french_and_a_belgian_association_sharing_economic_equipment_form_a_geie() {
			when(answers("integration", "structurer", "partners", of("associations", "europe"), "member_count", 2,
					"legal_entity", "oui", "purpose", of("activite_economique", "equipement"), "surplus", "membres",
					"duration", "indeterminee", "governance", "une_voix"))
				.recommends("geie")
				.excludes("gie", "fusion", "union_associations")
				.allows("sce")
				.toCheck("sce", "natural_persons");
		}

		@Test
		void six_cooperators_of_three_countries_building_an_enterprise_together_get_a_european_cooperative_society() {
			when(answers("integration", "structurer", "partners", of("salaries", "europe"), "member_count", 6,
					"legal_entity", "oui", "purpose", of("activite_economique"), "surplus", "salaries", "duration",
					"indeterminee", "governance", "une_voix"))
				.recommendsOneOf("sce", "scop")
				.allows("sce", "geie");
		}
	}
}
