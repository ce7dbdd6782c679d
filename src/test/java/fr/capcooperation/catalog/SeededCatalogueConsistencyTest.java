package fr.capcooperation.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.Condition;
import fr.capcooperation.rules.QuestionSpec;
import fr.capcooperation.rules.QuestionType;

/** The seeded catalogue is complete and consistent: every reference resolves, every text is there. */
class SeededCatalogueConsistencyTest {

	private final Catalog catalog = SeedCatalog.VERSION_1;

	@Test
	void every_rule_refers_to_existing_forms_questions_and_options() {
		assertThat(catalog.ruleset().checks()).isEmpty();
	}

	@Test
	void the_questions_and_forms_have_the_stable_keys_of_the_design() {
		assertThat(catalog.questions()).extracting(Question::key)
			.containsExactly("integration", "partners", "member_count", "legal_entity", "purpose", "surplus",
					"duration", "governance", "readiness");
		assertThat(catalog.forms()).extracting(CooperationForm::key)
			.containsExactly("partenariat", "mutualisation", "groupement_employeurs", "union_associations", "scop",
					"scic", "cooperative_agricole", "sce", "gcsms", "gip", "gie", "fusion");
		assertThat(catalog.prerequisites()).extracting(p -> p.key())
			.containsExactly("besoins", "volontariat", "projet_conjoint", "valeurs", "objectifs", "solidarite", "qualite");
		assertThat(catalog.notions()).extracting(n -> n.key())
			.containsExactly("cooperation", "co_construction", "mutualisation", "partenariat");
	}

	@Test
	void every_form_has_all_its_texts_and_at_least_one_rule() {
		for (CooperationForm form : catalog.forms()) {
			assertThat(List.of(form.name(), form.shortName(), form.summary(), form.legalBasis(), form.members(),
					form.legalPersonality(), form.money(), form.governance(), form.duration(), form.formalities()))
				.as(form.key())
				.allMatch(text -> text != null && !text.isBlank());
			assertThat(form.advantages()).as(form.key()).isNotEmpty();
			assertThat(form.limits()).as(form.key()).isNotEmpty();
			assertThat(form.nextSteps()).as(form.key()).isNotEmpty();
			assertThat(catalog.family(form.family())).as(form.key()).isPresent();
			assertThat(catalog.rulesOf(form.key())).as(form.key()).isNotEmpty();
			form.notions().forEach(notion -> assertThat(catalog.notion(notion)).as(form.key()).isPresent());
		}
	}

	@Test
	void the_forms_where_the_handout_is_out_of_date_carry_a_dated_legal_note() {
		for (String key : List.of("gip", "gie", "scop", "scic", "cooperative_agricole", "gcsms")) {
			assertThat(catalog.form(key).orElseThrow().legalNotes()).as(key).isNotEmpty();
		}
	}

	@Test
	void every_rule_has_both_texts_and_a_fitting_weight() {
		catalog.content().rules().forEach(rule -> {
			assertThat(rule.textHolds()).as(rule.key()).isNotBlank();
			assertThat(rule.textFails()).as(rule.key()).isNotBlank();
			assertThat(rule.key()).as(rule.key()).startsWith(rule.form() + ".");
		});
	}

	@Test
	void every_single_choice_question_offers_je_ne_sais_pas_and_every_option_has_a_label() {
		for (Question question : catalog.questions()) {
			assertThat(question.label()).isNotBlank();
			assertThat(question.help()).as(question.key()).isNotBlank();
			question.options().forEach(option -> assertThat(option.label()).as(question.key()).isNotBlank());
			if (question.type() == QuestionType.SINGLE) {
				assertThat(question.options()).extracting(o -> o.key()).as(question.key()).contains(Answer.DONT_KNOW);
			}
			question.notions().forEach(notion -> assertThat(catalog.notion(notion)).as(question.key()).isPresent());
		}
		assertThat(catalog.question("member_count").orElseThrow().min()).isEqualTo(2);
		assertThat(catalog.question("member_count").orElseThrow().max()).isEqualTo(100_000);
	}

	@Test
	void every_display_condition_can_be_satisfied_and_can_hide_its_question() {
		for (QuestionSpec question : catalog.ruleset().questions()) {
			Condition condition = question.displayCondition();
			if (condition == Condition.ALWAYS) {
				continue;
			}
			List<Answers> worlds = worlds(condition.questions());
			assertThat(worlds.stream().anyMatch(answers -> condition.evaluate(answers).isTrue())).as(question.key()).isTrue();
			assertThat(worlds.stream().anyMatch(answers -> condition.evaluate(answers).isFalse())).as(question.key())
				.isTrue();
		}
	}

	/** Every combination of one option per question read (single) or one option alone (multiple). */
	private List<Answers> worlds(Set<String> questions) {
		List<Map<String, Answer>> worlds = new ArrayList<>();
		worlds.add(new LinkedHashMap<>());
		for (String key : questions) {
			QuestionSpec spec = catalog.ruleset().question(key).orElseThrow();
			List<Answer> values = new ArrayList<>();
			switch (spec.type()) {
				case SINGLE -> spec.options().forEach(option -> values.add(new Answer.Choice(option)));
				case MULTIPLE -> spec.options().forEach(option -> values.add(new Answer.Choices(Set.of(option))));
				case NUMBER -> List.of(spec.min(), spec.max()).forEach(n -> values.add(new Answer.Number(n)));
				case CHECKLIST -> values.add(new Answer.Checklist(Map.of()));
			}
			List<Map<String, Answer>> next = new ArrayList<>();
			for (Map<String, Answer> world : worlds) {
				for (Answer value : values) {
					Map<String, Answer> copy = new LinkedHashMap<>(world);
					copy.put(key, value);
					next.add(copy);
				}
			}
			worlds = next;
		}
		return worlds.stream().map(Answers::of).toList();
	}

	private static final Pattern LINK = Pattern.compile("\\]\\((/[^)\\s]*)\\)");

	@Test
	void every_link_in_the_texts_points_to_an_existing_page() {
		String json = CatalogReader.seedJson();
		Set<String> broken = new HashSet<>();
		Matcher matcher = LINK.matcher(json);
		int links = 0;
		while (matcher.find()) {
			links++;
			String target = matcher.group(1);
			boolean exists = target.startsWith("/notions/") ? catalog.notion(target.substring(9)).isPresent()
					: target.startsWith("/formes/") ? catalog.form(target.substring(8)).isPresent()
							: target.startsWith("/glossaire#") ? catalog.glossaryEntry(target.substring(11)).isPresent()
									: List.of("/glossaire", "/comparaison", "/notions", "/formes", "/questionnaire")
										.contains(target);
			if (!exists) {
				broken.add(target);
			}
		}
		assertThat(links).isGreaterThan(20);
		assertThat(broken).isEmpty();
	}

	@Test
	void the_snapshot_reads_back_to_the_same_content() {
		assertThat(CatalogReader.read(CatalogReader.write(catalog.content()))).isEqualTo(catalog.content());
	}
}
