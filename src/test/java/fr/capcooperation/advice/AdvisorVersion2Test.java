package fr.capcooperation.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import fr.capcooperation.advice.Advice.FormAdvice;
import fr.capcooperation.advice.Advice.Reason;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.SeedCatalog;
import fr.capcooperation.rules.Effect;

/** Explanations that are true whatever the answer (P9, P10), on catalogue version 2. */
class AdvisorVersion2Test {

	private final Advisor advisor = new Advisor(messages());
	private final Catalog catalog = SeedCatalog.VERSION_2;

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private Advice advise(Map<String, ?> answers) {
		return advisor.advise(catalog, SeedCatalog.answers(catalog, answers));
	}

	private static FormAdvice form(Advice advice, String key) {
		return advice.forms().stream().filter(form -> form.form().key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void after_je_ne_sais_pas_a_reason_reads_as_a_conditional_and_names_the_answer_truly() {
		Advice advice = advise(Map.of("integration", "ne_sait_pas", "partners", List.of("associations"), "member_count", 2,
				"purpose", List.of("fusion")));
		Reason merger = form(advice, "fusion").toCheck()
			.stream()
			.filter(reason -> reason.rule().equals("fusion.merger-wanted"))
			.findFirst()
			.orElseThrow();
		assertThat(merger.text()).startsWith("Si vous voulez ne plus former qu’une seule structure, alors");
		assertThat(merger.because()).isEqualTo(
				"Vous avez répondu «\u202fJe ne sais pas\u202f» à la question «\u202fQuel degré de rapprochement recherchez-vous ?\u202f».");
		assertThat(advice.forms()).flatMap(FormAdvice::reasons)
			.extracting(Reason::text)
			.noneMatch(text -> text.contains("Selon votre réponse"));
	}

	@Test
	void an_unanswered_question_is_said_to_be_unanswered() {
		Advice advice = advise(Map.of("integration", "structurer", "partners", List.of("associations"), "member_count", 2));
		Reason representation = form(advice, "union_associations").toCheck()
			.stream()
			.filter(reason -> reason.rule().equals("union_associations.representation"))
			.findFirst()
			.orElseThrow();
		assertThat(representation.because())
			.isEqualTo("La question «\u202fQuel serait l’objet principal de la coopération ?\u202f» est restée sans réponse.");
	}

	@Test
	void questions_never_shown_are_no_part_of_the_answers_a_reason_quotes() {
		Advice advice = advise(Map.of("integration", "fusionner", "partners", List.of("associations"), "member_count", 2,
				"legal_entity", "oui", "surplus", "membres", "purpose", List.of("fusion")));
		for (FormAdvice form : advice.forms()) {
			for (Reason reason : form.reasons()) {
				assertThat(reason.answers()).extracting(line -> line.question())
					.as(reason.rule())
					.doesNotContain("legal_entity", "surplus", "duration", "governance", "essms_managers",
							"natural_persons");
			}
		}
	}

	@Test
	void an_unknown_degree_of_rapprochement_says_so_and_names_the_answer_that_settles_it() {
		Advice advice = advise(Map.of("integration", "ne_sait_pas", "partners", List.of("associations"), "member_count", 3,
				"purpose", List.of("moyens")));
		assertThat(advice.undecided()).isNotNull();
		assertThat(advice.undecided().cause()).isEqualTo("DEGREE_UNKNOWN");
		assertThat(advice.undecided().text()).contains("ne peut donc pas vous recommander de structure commune ni de fusion");
		assertThat(advice.undecided().settling()).extracting(line -> line.question()).containsExactly("integration");
		assertThat(form(advice, "union_associations").holdTexts())
			.contains("c’est une structure commune ou une fusion, et vous ne savez pas encore jusqu’où aller ensemble");
	}

	@Test
	void a_recommended_merger_with_weak_prerequisites_warns_in_the_catalogues_words_and_proposes_a_first_step() {
		Advice advice = advise(Map.of("integration", "fusionner", "partners", List.of("associations"), "member_count", 2,
				"purpose", List.of("projet_commun"), "restructuring_scope", "tout", "readiness",
				Map.of("volontariat", "non", "valeurs", "en_partie")));
		Advice.WarningAdvice warning = form(advice, "fusion").warning();
		assertThat(warning).isNotNull();
		assertThat(warning.text()).startsWith("Des préalables à la coopération ne sont pas encore réunis.");
		assertThat(warning.weak()).extracting(line -> line.prerequisite().key()).containsExactly("volontariat", "valeurs");
		assertThat(warning.firstStep()).isNotNull();
		assertThat(warning.firstStep().key()).isEqualTo("partenariat");
		assertThat(warning.firstStepSentence()).isEqualTo("Première étape plus légère : Convention de partenariat. Une fois "
				+ "les préalables consolidés, vous pourrez revenir à la forme «\u202fFusion d’associations\u202f».");
		assertThat(advice.warnings()).hasSize(1);
	}

	@Test
	void each_form_shown_carries_its_dated_notes_where_the_handout_and_the_law_differ() {
		Advice advice = advise(Map.of("integration", "structurer", "partners", List.of("associations", "public")));
		assertThat(form(advice, "gip").legalNotes()).extracting(note -> note.date().toString()).contains("2011-05-17");
		assertThat(form(advice, "gie").legalNotes().get(0).text()).contains("«\u202fnécessite au moins un acteur privé\u202f»");
		assertThat(form(advice, "scop").legalNotes())
			.anyMatch(note -> note.text().contains("sociétés coopératives de production"));
		assertThat(form(advice, "gie").reasons(Effect.BLOCKS)).isEmpty(); // an unknown purpose excludes nothing
	}
}
