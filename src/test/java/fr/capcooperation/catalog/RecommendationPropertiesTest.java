package fr.capcooperation.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.AnswerChange;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.ChangeSet;
import fr.capcooperation.rules.Effect;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.QuestionSpec;
import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.Recommendation;
import fr.capcooperation.rules.Rule;
import fr.capcooperation.rules.RuleKind;
import fr.capcooperation.rules.RuleOutcome;
import fr.capcooperation.rules.Ruleset;
import fr.capcooperation.rules.Status;
import fr.capcooperation.rules.Truth;

/** What the law and the principles of the review ask of any answer set of catalogue version 2. */
class RecommendationPropertiesTest {

	private static final Catalog CATALOG = SeedCatalog.VERSION_2;
	private static final Ruleset RULESET = CATALOG.ruleset();

	/** The questions whose answer shows or hides another question. */
	private static final Set<String> DRIVERS = drivers();

	private static ForAllAnswerSets answerSets(int tries) {
		return ForAllAnswerSets.of(RULESET, tries);
	}

	private static Recommendation evaluate(Answers answers) {
		return CATALOG.engine().evaluate(answers);
	}

	private static Set<String> excluded(Recommendation result) {
		Set<String> forms = new HashSet<>();
		result.forms().stream().filter(FormAssessment::isExcluded).forEach(form -> forms.add(form.form()));
		return forms;
	}

	@Test
	void an_unknown_answer_never_excludes_a_form() {
		answerSets(400).checkPairs((answers, values) -> {
			// fill every unknown answer of a question that shows or hides nothing with another set's known value
			Map<String, Answer> completed = new LinkedHashMap<>(answers.asMap());
			for (QuestionSpec question : RULESET.questions()) {
				Answer given = answers.asMap().get(question.key());
				Answer other = values.asMap().get(question.key());
				boolean unknown = given == null || !given.isKnown();
				if (unknown && !DRIVERS.contains(question.key()) && other != null && other.isKnown()) {
					completed.put(question.key(), other);
				}
			}
			Set<String> before = excluded(evaluate(answers));
			Set<String> after = excluded(evaluate(Answers.of(completed)));
			assertThat(after).as("excluded before %s, after %s", before, after).containsAll(before);
		});
	}

	@Test
	void every_exclusion_rests_on_known_answers() {
		answerSets(400).check(answers -> {
			for (FormAssessment form : evaluate(answers).forms()) {
				for (RuleOutcome outcome : form.outcomes(Effect.BLOCKS)) {
					assertThat(outcome.truth()).as(outcome.rule().key()).isNotEqualTo(Truth.UNKNOWN);
				}
			}
		});
	}

	@Test
	void a_form_recommended_with_unknowns_is_possible_for_at_least_one_completion_of_them() {
		answerSets(300).check(answers -> {
			Recommendation result = evaluate(answers);
			for (FormAssessment form : result.recommended()) {
				List<String> unknown = new ArrayList<>();
				for (Rule rule : RULESET.rulesOf(form.form())) {
					if (rule.kind().isGate()) {
						for (String question : rule.condition().questions()) {
							Answer given = answers.asMap().get(question);
							if ((given == null || !given.isKnown()) && !unknown.contains(question)) {
								unknown.add(question);
							}
						}
					}
				}
				assertThat(someCompletionKeepsItPossible(form.form(), answers, unknown, 0))
					.as("%s recommended with unknown %s", form.form(), unknown)
					.isTrue();
			}
		});
	}

	private static boolean someCompletionKeepsItPossible(String form, Answers answers, List<String> unknown, int index) {
		if (index == unknown.size()) {
			return evaluate(answers).form(form).status() != Status.EXCLUDED;
		}
		QuestionSpec question = RULESET.question(unknown.get(index)).orElseThrow();
		for (Answer value : values(question)) {
			if (someCompletionKeepsItPossible(form, answers.with(question.key(), value), unknown, index + 1)) {
				return true;
			}
		}
		return false;
	}

	/** A few known values per question: each option alone for a choice, the thresholds for a number. */
	private static List<Answer> values(QuestionSpec question) {
		List<Answer> values = new ArrayList<>();
		for (String option : question.options()) {
			if (!Answer.DONT_KNOW.equals(option)) {
				values.add(question.type() == QuestionType.MULTIPLE ? Answer.choices(option)
						: Answer.choice(option));
			}
		}
		if (question.type() == QuestionType.NUMBER) {
			AnswerSets.COUNTS.forEach(count -> values.add(Answer.number(count)));
		}
		return values;
	}

	@Test
	void an_unknown_never_recommends() {
		answerSets(300).check(answers -> {
			Recommendation result = evaluate(answers);
			for (FormAssessment form : result.recommended()) {
				assertThat(form.outcomes())
					.as(form.form())
					.noneMatch(outcome -> outcome.rule().kind() == RuleKind.REQUIRES && outcome.truth() == Truth.UNKNOWN)
					.anyMatch(outcome -> outcome.rule().kind() == RuleKind.FAVOURS && outcome.truth() == Truth.TRUE);
				if (result.undecided() != null && result.undecided().settling().contains("integration")) {
					assertThat(RULESET.guidance().isStructure(form.form())).as(form.form()).isFalse();
				}
			}
		});
	}

	@Test
	void every_proposed_change_really_makes_its_form_possible() {
		answerSets(300).check(answers -> {
			for (FormAssessment form : evaluate(answers).withStatus(Status.EXCLUDED)) {
				for (ChangeSet set : form.changes()) {
					Answers changed = answers;
					for (AnswerChange change : set.changes()) {
						changed = changed.with(change.question(), change.to());
					}
					assertThat(evaluate(changed).form(form.form()).status()).as("%s after %s", form.form(), set)
						.isNotEqualTo(Status.EXCLUDED);
				}
			}
		});
	}

	@Test
	void no_member_that_is_not_an_association_leaves_a_merger_possible() {
		answerSets(400).check(answers -> {
			Recommendation result = evaluate(answers);
			Answers evaluated = result.evaluated();
			boolean notAnAssociation = evaluated.get("partners")
				.filter(Answer.Choices.class::isInstance)
				.map(answer -> !Collections.disjoint(((Answer.Choices) answer).options(),
						Set.of("public", "entreprises", "agriculteurs", "salaries", "beneficiaires", "europe")))
				.orElse(false)
					|| evaluated.get("essms_managers").map(a -> Set.of(Answer.choice("publics"), Answer.choice("autres_prives"))
						.contains(a)).orElse(false)
					|| evaluated.get("natural_persons").map(a -> a.equals(Answer.choice("oui"))).orElse(false);
			if (notAnAssociation) {
				assertThat(result.form("fusion").status()).isEqualTo(Status.EXCLUDED);
				assertThat(result.form("apport_partiel").status()).isEqualTo(Status.EXCLUDED);
			}
		});
	}

	@Test
	void a_question_never_shown_leaves_nothing_to_check() {
		answerSets(300).check(answers -> {
			Recommendation result = evaluate(answers);
			Set<String> shown = new HashSet<>();
			RULESET.visibleQuestions(result.evaluated()).forEach(question -> shown.add(question.key()));
			for (FormAssessment form : result.forms()) {
				for (RuleOutcome outcome : form.outcomes(Effect.TO_CHECK)) {
					assertThat(outcome.questions())
						.as(outcome.rule().key())
						.anyMatch(question -> shown.contains(question) && !knows(result.evaluated(), question));
				}
			}
		});
	}

	private static boolean knows(Answers answers, String question) {
		return answers.get(question).map(Answer::isKnown).orElse(false);
	}

	@Test
	void the_evaluation_is_the_same_on_another_instance_and_whatever_the_order_of_the_answers() {
		// another instance: the same version read back from its stored JSON, with its own engine
		Catalog other = new Catalog(2, Instant.EPOCH, CatalogReader.read(CatalogReader.write(CATALOG.content())));
		answerSets(200).check(answers -> {
			List<Map.Entry<String, Answer>> entries = new ArrayList<>(answers.asMap().entrySet());
			Collections.reverse(entries);
			Map<String, Answer> reversed = new LinkedHashMap<>();
			entries.forEach(entry -> reversed.put(entry.getKey(), entry.getValue()));
			String here = DeterminismProbe.describe(evaluate(answers));
			assertThat(DeterminismProbe.describe(other.engine().evaluate(Answers.of(reversed)))).isEqualTo(here);
		});
	}

	@Test
	void the_evaluation_is_the_same_in_another_run_of_the_jvm() throws Exception {
		String here = DeterminismProbe.digest(CATALOG, DeterminismProbe.SEED, DeterminismProbe.COUNT);
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				DeterminismProbe.class.getName())
			.redirectErrorStream(true)
			.start();
		List<String> lines = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			out.lines().forEach(lines::add);
		}
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(lines).as("output of the other JVM").contains("digest " + here);
	}

	private static Set<String> drivers() {
		Set<String> drivers = new HashSet<>();
		RULESET.questions().forEach(question -> drivers.addAll(question.displayCondition().questions()));
		return drivers;
	}
}
