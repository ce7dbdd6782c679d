package fr.capcooperation.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import fr.capcooperation.catalog.CatalogContent.Scenario;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Effect;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.Recommendation;
import fr.capcooperation.rules.Status;

/**
 * The eight reference scenarios of the questionnaire design, against the seeded rules: each
 * named in business terms, with the answers that describe it.
 */
class ReferenceScenariosTest {

	private static Recommendation evaluate(Map<String, ?> answers) {
		return SeedCatalog.VERSION_1.engine().evaluate(SeedCatalog.answers(answers));
	}

	private static void assertFirst(Recommendation result, String form) {
		assertThat(result.recommended()).extracting(FormAssessment::form).containsExactly(form);
		assertThat(result.recommended().get(0).tied()).isFalse();
	}

	private static void assertExcluded(Recommendation result, String... forms) {
		for (String form : forms) {
			assertThat(result.form(form).status()).as(form).isEqualTo(Status.EXCLUDED);
		}
	}

	private static final Map<String, String> ALL_READY = Map.of("besoins", "oui", "volontariat", "oui",
			"projet_conjoint", "oui", "valeurs", "oui", "objectifs", "oui", "solidarite", "oui", "qualite", "oui");

	@Test
	void two_associations_of_a_federation_that_want_one_voice_and_a_shared_secretariat_get_a_union() {
		Recommendation result = evaluate(Map.of("integration", "structurer", "partners", List.of("associations"),
				"member_count", 2, "legal_entity", "oui", "purpose", List.of("representation", "moyens"),
				"surplus", "reinvestis", "duration", "indeterminee", "governance", "une_voix", "readiness", ALL_READY));
		assertFirst(result, "union_associations");
		assertExcluded(result, "partenariat", "mutualisation", "gip");
	}

	@Test
	void an_association_and_a_town_with_a_shared_training_centre_get_a_gip_and_no_gie() {
		Recommendation result = evaluate(Map.of("integration", "structurer", "partners",
				List.of("associations", "public"), "member_count", 2, "legal_entity", "oui", "purpose",
				List.of("formation", "equipement"), "surplus", "reinvestis", "duration", "indeterminee", "governance",
				"une_voix"));
		assertFirst(result, "gip");
		assertExcluded(result, "gie", "union_associations");
		assertThat(result.form("gie").outcomes()).filteredOn(o -> o.effect() == Effect.BLOCKS)
			.extracting(o -> o.rule().kind().name())
			.containsExactlyInAnyOrder("REQUIRES", "EXCLUDES");
	}

	@Test
	void three_social_services_managers_sharing_a_service_and_preparing_a_merger_get_a_gcsms() {
		Recommendation result = evaluate(Map.of("integration", "structurer", "partners", List.of("essms"),
				"member_count", 3, "legal_entity", "oui", "purpose", List.of("medico_social", "fusion"), "surplus",
				"reinvestis", "duration", "indeterminee", "governance", "une_voix"));
		assertFirst(result, "gcsms");
		assertExcluded(result, "partenariat", "gip");
		assertThat(result.form("fusion").status()).isEqualTo(Status.POSSIBLE);
	}

	@Test
	void employees_taking_over_their_associations_activity_and_sharing_results_get_a_scop() {
		Recommendation result = evaluate(Map.of("integration", "structurer", "partners", List.of("salaries"),
				"member_count", 10, "legal_entity", "oui", "purpose", List.of("entreprise_salaries"), "surplus",
				"salaries", "duration", "indeterminee", "governance", "une_voix"));
		assertFirst(result, "scop");
		assertExcluded(result, "scic", "union_associations");
	}

	@Test
	void employees_users_and_the_town_running_a_local_food_shop_get_a_scic() {
		Recommendation result = evaluate(Map.of("integration", "structurer", "partners",
				List.of("salaries", "beneficiaires", "public"), "member_count", 30, "legal_entity", "oui", "purpose",
				List.of("interet_collectif"), "surplus", "reinvestis", "duration", "indeterminee", "governance",
				"une_voix"));
		assertFirst(result, "scic");
		assertExcluded(result, "scop");
	}

	@Test
	void two_associations_organising_one_festival_without_a_new_legal_person_sign_a_partnership() {
		Recommendation result = evaluate(Map.of("integration", "echanger", "partners", List.of("associations"),
				"member_count", 2, "legal_entity", "non", "purpose", List.of("projet_commun"), "surplus",
				"reinvestis", "duration", "determinee", "governance", "une_voix"));
		assertFirst(result, "partenariat");
		assertExcluded(result, "union_associations", "fusion");
	}

	@Test
	void twelve_farmers_sharing_machinery_get_an_agricultural_cooperative() {
		Recommendation result = evaluate(Map.of("integration", "mutualiser", "partners", List.of("agriculteurs"),
				"member_count", 12, "legal_entity", "oui", "purpose", List.of("services_agricoles"), "surplus",
				"membres", "duration", "indeterminee", "governance", "une_voix"));
		assertFirst(result, "cooperative_agricole");
		assertExcluded(result, "mutualisation", "union_associations");
	}

	@Test
	void two_associations_sharing_an_accountant_employed_by_a_common_structure_get_an_employers_group() {
		Recommendation result = evaluate(Map.of("integration", "mutualiser", "partners", List.of("associations"),
				"member_count", 2, "legal_entity", "oui", "purpose", List.of("personnel"), "surplus", "reinvestis",
				"duration", "indeterminee", "governance", "une_voix"));
		assertFirst(result, "groupement_employeurs");
		assertExcluded(result, "mutualisation", "scop");
	}

	@Test
	void associations_about_to_merge_are_offered_a_merger_and_no_question_about_a_new_legal_person() {
		Recommendation result = evaluate(Map.of("integration", "fusionner", "partners", List.of("associations"),
				"member_count", 2, "legal_entity", "non", "purpose", List.of("fusion")));
		assertFirst(result, "fusion");
		assertThat(result.evaluated().has("legal_entity")).isFalse();
		assertExcluded(result, "mutualisation");
	}

	@Test
	void not_knowing_whether_a_legal_person_is_needed_excludes_nothing_and_is_to_check() {
		Recommendation result = evaluate(Map.of("integration", "mutualiser", "partners", List.of("associations"),
				"member_count", 2, "legal_entity", "ne_sait_pas", "purpose", List.of("personnel"), "surplus",
				"reinvestis", "duration", "indeterminee", "governance", "une_voix"));
		assertThat(result.form("mutualisation").status()).isNotEqualTo(Status.EXCLUDED);
		assertThat(result.form("partenariat").status()).isNotEqualTo(Status.EXCLUDED);
		assertThat(result.unknowns()).extracting(u -> u.question()).contains("legal_entity");
	}

	@Test
	void a_scic_needs_employees_and_users_together_and_the_change_says_so() {
		Recommendation result = evaluate(Map.of("integration", "structurer", "partners", List.of("associations", "public"),
				"member_count", 2, "legal_entity", "oui", "purpose", List.of("interet_collectif")));
		var change = result.form("scic").changes().get(0).changes().get(0);
		assertThat(change.question()).isEqualTo("partners");
		assertThat(change.added()).containsExactlyInAnyOrder("salaries", "beneficiaires");
	}

	@Test
	void among_changes_of_the_same_size_the_one_that_suits_the_form_best_comes_first() {
		Recommendation result = evaluate(Map.of("integration", "structurer", "partners", List.of("salaries"),
				"member_count", 10, "legal_entity", "oui", "purpose", List.of("entreprise_salaries"), "surplus",
				"reinvestis", "duration", "indeterminee", "governance", "une_voix"));
		var change = result.form("scop").changes().get(0).changes().get(0);
		assertThat(change.question()).isEqualTo("surplus");
		assertThat(change.to()).isEqualTo(Answer.choice("salaries"));
	}

	/** The scenarios stored in the catalogue hold too (the back-office gates publication on them). */
	@TestFactory
	List<DynamicTest> every_stored_reference_scenario_holds() {
		return SeedCatalog.VERSION_1.content().scenarios().stream().map(scenario -> DynamicTest.dynamicTest(
				scenario.title(), () -> check(scenario))).toList();
	}

	private static void check(Scenario scenario) {
		Recommendation result = evaluate(scenario.answers());
		assertFirst(result, scenario.expectedFirst());
		assertExcluded(result, scenario.expectedExcluded().toArray(String[]::new));
	}

	@Test
	void there_are_eight_stored_scenarios() {
		assertThat(SeedCatalog.VERSION_1.content().scenarios()).hasSize(8);
	}

	/**
	 * Version 2's scenarios feed its publication gate: the expected form alone recommended, the
	 * forms the law excludes excluded, those it allows possible.
	 */
	@TestFactory
	List<DynamicTest> every_scenario_of_version_2_holds() {
		return SeedCatalog.VERSION_2.content().scenarios().stream().map(scenario -> DynamicTest.dynamicTest(
				scenario.title(), () -> {
					Recommendation result = SeedCatalog.VERSION_2.engine()
						.evaluate(SeedCatalog.answers(SeedCatalog.VERSION_2, scenario.answers()));
					assertFirst(result, scenario.expectedFirst());
					assertExcluded(result, scenario.expectedExcluded().toArray(String[]::new));
					for (String form : scenario.mustStayPossible()) {
						assertThat(result.form(form).status()).as(form).isNotEqualTo(Status.EXCLUDED);
					}
				})).toList();
	}

	@Test
	void every_form_of_version_2_has_at_least_one_reference_scenario_that_recommends_it_or_one_new_form_more() {
		List<String> expected = SeedCatalog.VERSION_2.content().scenarios().stream().map(Scenario::expectedFirst).toList();
		assertThat(expected).contains("association_mixte", "geie", "apport_partiel", "gtsms", "cotraitance");
	}
}
