package fr.capcooperation.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import fr.capcooperation.answers.AnswerJson;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogContent.RuleDefinition;
import fr.capcooperation.catalog.CatalogContent.Scenario;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.QuestionType;

/** Catalogue version 2 is complete, compatible with version 1's answers, and written as the house writes. */
class Version2CatalogueTest {

	private final Catalog v1 = SeedCatalog.VERSION_1;
	private final Catalog v2 = SeedCatalog.VERSION_2;

	@Test
	void its_rules_and_graduated_path_are_consistent() {
		assertThat(v2.ruleset().problems()).isEmpty();
		assertThat(v2.ruleset().guidance()).isNotNull();
		assertThat(v2.content().format()).isEqualTo(2);
	}

	@Test
	void every_question_and_option_of_version_1_keeps_its_key_so_an_answer_set_of_version_1_is_valid_for_version_2() {
		for (Question question : v1.questions()) {
			Question same = v2.question(question.key()).orElseThrow();
			assertThat(same.type()).as(question.key()).isEqualTo(question.type());
			assertThat(same.options()).extracting(Option::key)
				.as(question.key())
				.containsAll(question.options().stream().map(Option::key).toList());
		}
		assertThat(v2.prerequisites()).extracting(p -> p.key())
			.containsExactlyElementsOf(v1.prerequisites().stream().map(p -> p.key()).toList());
		for (Scenario scenario : v1.content().scenarios()) {
			assertThat(AnswerJson.read(v2, scenario.answers()).errors()).as(scenario.key()).isEmpty();
		}
	}

	@Test
	void it_has_the_twelve_forms_of_version_1_and_the_five_the_review_asked_for() {
		assertThat(v2.forms()).extracting(CooperationForm::key)
			.containsAll(v1.forms().stream().map(CooperationForm::key).toList())
			.contains("association_mixte", "geie", "apport_partiel", "gtsms", "cotraitance")
			.hasSize(17);
	}

	@Test
	void every_form_has_every_field_a_step_a_dated_note_and_rules() {
		for (CooperationForm form : v2.forms()) {
			assertThat(List.of(form.name(), form.shortName(), form.summary(), form.legalBasis(), form.members(),
					form.legalPersonality(), form.money(), form.governance(), form.duration(), form.formalities()))
				.as(form.key())
				.allMatch(text -> text != null && !text.isBlank());
			assertThat(form.advantages()).as(form.key()).isNotEmpty();
			assertThat(form.limits()).as(form.key()).isNotEmpty();
			assertThat(form.nextSteps()).as(form.key()).isNotEmpty();
			assertThat(form.step()).as(form.key()).isNotBlank();
			assertThat(v2.family(form.family())).as(form.key()).isPresent();
			assertThat(v2.rulesOf(form.key())).as(form.key()).isNotEmpty();
			if (!List.of("partenariat", "union_associations", "scic", "gip", "gie").contains(form.key())) {
				assertThat(form.legalNotes()).as(form.key()).isNotEmpty();
			}
		}
		// the ladder, lightest first: conventions, pooling, common structures, merger
		assertThat(v2.ruleset().guidance().steps()).containsExactly("echanger", "mutualiser", "structurer", "fusionner");
	}

	@Test
	void every_rule_has_three_texts_and_the_third_is_a_conditional() {
		for (RuleDefinition rule : v2.content().rules()) {
			assertThat(rule.textHolds()).as(rule.key()).isNotBlank();
			assertThat(rule.textFails()).as(rule.key()).isNotBlank();
			assertThat(rule.textUnknown()).as(rule.key()).startsWith("Si ").contains("alors");
			assertThat(rule.key()).startsWith(rule.form() + ".");
		}
	}

	@Test
	void no_requirement_or_exclusion_rests_on_whether_a_question_was_answered() {
		for (RuleDefinition rule : v2.content().rules()) {
			if (rule.kind().isGate()) {
				assertThat(ops(rule.condition())).as(rule.key()).doesNotContain("answered");
			}
		}
	}

	@Test
	void every_single_choice_question_offers_je_ne_sais_pas() {
		for (Question question : v2.questions()) {
			assertThat(question.help()).as(question.key()).isNotBlank();
			if (question.type() == QuestionType.SINGLE) {
				assertThat(question.options()).extracting(Option::key).as(question.key()).contains(Answer.DONT_KNOW);
			}
		}
	}

	@Test
	void the_handouts_words_are_reproduced_as_they_are() throws IOException {
		String handout = normalised(handout());
		List<String> quotes = new ArrayList<>();
		v2.forms().stream().map(CooperationForm::handoutText).filter(Objects::nonNull).forEach(quotes::add);
		v2.families().stream().map(f -> f.handoutText()).filter(Objects::nonNull).forEach(quotes::add);
		v2.notions().stream().map(n -> n.handoutText()).filter(Objects::nonNull).forEach(quotes::add);
		v2.notions().forEach(n -> quotes.addAll(n.objectives()));
		v2.notions().forEach(n -> quotes.addAll(n.handoutPrerequisites()));
		v2.prerequisites().forEach(p -> quotes.addAll(List.of(p.handoutText().split(" ; "))));
		assertThat(quotes).hasSizeGreaterThan(20);
		for (String quote : quotes) {
			for (String paragraph : quote.split("\n+")) {
				assertThat(handout).as(paragraph).contains(normalised(paragraph));
			}
		}
		assertThat(v2.family("cooperatives").orElseThrow().handoutText()).startsWith("Les sociétés Coopératives.");
		assertThat(v2.family("public_prive").orElseThrow().handoutText()).isEqualTo("Les coopérations public/privé");
		assertThat(v2.form("union_associations").orElseThrow().handoutText()).startsWith("Les Union et fédérations.");
	}

	@Test
	void texts_use_typographic_apostrophes_and_guillemets_with_narrow_spaces_the_handouts_words_included() {
		List<String> texts = new ArrayList<>();
		for (CooperationForm form : v2.forms()) {
			texts.addAll(List.of(form.name(), form.summary(), form.members(), form.money(), form.governance(),
					form.formalities()));
			texts.addAll(form.limits());
			form.legalNotes().forEach(note -> texts.add(note.text()));
		}
		v2.content().rules().forEach(rule -> texts.addAll(List.of(rule.textHolds(), rule.textFails(), rule.textUnknown())));
		v2.questions().forEach(question -> texts.addAll(List.of(question.label(), question.help())));
		v2.questions().forEach(question -> question.options().forEach(option -> {
			texts.add(option.label());
			if (option.help() != null) {
				texts.add(option.help());
			}
		}));
		v2.notions().forEach(notion -> texts.addAll(List.of(notion.name(), notion.summary(), notion.body())));
		v2.notions().stream().map(notion -> notion.handoutText()).filter(Objects::nonNull).forEach(texts::add);
		v2.notions().forEach(notion -> texts.addAll(notion.objectives()));
		v2.notions().forEach(notion -> texts.addAll(notion.handoutPrerequisites()));
		v2.prerequisites().forEach(line -> texts.add(line.handoutText()));
		v2.families().stream().map(family -> family.handoutText()).filter(Objects::nonNull).forEach(texts::add);
		v2.prerequisites().forEach(line -> texts.addAll(List.of(line.label(), line.question(), line.advice())));
		v2.families().forEach(family -> texts.addAll(List.of(family.name(), family.description())));
		v2.glossary().forEach(entry -> texts.addAll(List.of(entry.term(), entry.definition())));
		v2.content().scenarios().forEach(scenario -> texts.addAll(List.of(scenario.title(), scenario.description())));
		texts.addAll(List.of(v2.content().texts().disclaimer(), v2.content().texts().support(),
				v2.content().coConstruction().advice()));
		texts.add(Objects.requireNonNull(v2.content().texts().legalReview()));
		v2.forms().forEach(form -> {
			form.implications().forEach(line -> texts.add(line.text()));
			texts.add(Objects.requireNonNull(form.setUpSources()));
			if (form.handoutText() != null) {
				texts.add(form.handoutText());
			}
		});
		for (String text : texts) {
			assertThat(text).as(text).doesNotContain("'").doesNotContain("« ").doesNotContain(" »");
		}
	}

	@Test
	void texts_shown_as_plain_text_hold_no_markdown_link() {
		for (CooperationForm form : v2.forms()) {
			List<String> plain = new ArrayList<>(List.of(form.members(), form.legalPersonality(), form.money(),
					form.governance(), form.duration(), form.formalities(), form.legalBasis()));
			plain.addAll(form.advantages());
			plain.addAll(form.limits());
			plain.addAll(form.nextSteps());
			form.legalNotes().forEach(note -> plain.add(note.text()));
			assertThat(plain).as(form.key()).noneMatch(text -> text.contains("]("));
		}
	}

	private static List<String> ops(ConditionSpec condition) {
		List<String> ops = new ArrayList<>();
		ops.add(condition.op());
		if (condition.of() != null) {
			condition.of().forEach(child -> ops.addAll(ops(child)));
		}
		return ops;
	}

	private static String handout() throws IOException {
		try (InputStream in = Version2CatalogueTest.class.getResourceAsStream("/source/rapprochement-des-structures-2017.txt")) {
			return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Spaces collapsed, and typography set aside: the quotes are the handout's words with ’ and « ». */
	private static String normalised(String text) {
		return text.replaceAll("[’']", "'")
			.replaceAll("[«»\"]", "\"")
			.replaceAll("[\\s\u202f\u00a0]+", " ")
			.replaceAll("\" ", "\"")
			.replaceAll(" \"", "\"")
			.strip();
	}
}
