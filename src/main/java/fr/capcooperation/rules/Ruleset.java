package fr.capcooperation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The questions, the forms (in catalogue order, which breaks ties) and the rules that the
 * engine evaluates. Immutable; build one per published catalogue version.
 */
public final class Ruleset {

	private final List<QuestionSpec> questions;
	private final Map<String, QuestionSpec> questionsByKey;
	private final List<String> forms;
	private final List<Rule> rules;
	private final Map<String, List<Rule>> rulesByForm;
	private final Set<String> displayDrivers = new HashSet<>();
	private final Map<String, Set<String>> displayDependencies = new HashMap<>();

	public Ruleset(List<QuestionSpec> questions, List<String> forms, List<Rule> rules) {
		this.questions = List.copyOf(questions);
		this.forms = List.copyOf(forms);
		this.rules = List.copyOf(rules);
		this.questionsByKey = new LinkedHashMap<>();
		this.questions.forEach(question -> questionsByKey.put(question.key(), question));
		this.rulesByForm = new LinkedHashMap<>();
		this.forms.forEach(form -> rulesByForm.put(form, new ArrayList<>()));
		this.rules.forEach(rule -> rulesByForm.computeIfAbsent(rule.form(), key -> new ArrayList<>()).add(rule));
		this.rulesByForm.replaceAll((form, list) -> List.copyOf(list));
		this.questions.forEach(question -> {
			displayDrivers.addAll(question.displayCondition().questions());
			displayDependencies.put(question.key(), Set.copyOf(question.displayCondition().questions()));
		});
	}

	public List<QuestionSpec> questions() {
		return questions;
	}

	public Optional<QuestionSpec> question(String key) {
		return Optional.ofNullable(questionsByKey.get(key));
	}

	public List<String> forms() {
		return forms;
	}

	public List<Rule> rules() {
		return rules;
	}

	public List<Rule> rulesOf(String form) {
		return rulesByForm.getOrDefault(form, List.of());
	}

	/**
	 * The answers that apply: those of questions shown, given the answers to the questions
	 * before them. An answer to a hidden question is kept by the caller but not evaluated.
	 */
	public Answers applicable(Answers answers) {
		Map<String, Answer> kept = new LinkedHashMap<>();
		Answers soFar = Answers.view(kept); // grows as questions are kept, without copies
		for (QuestionSpec question : questions) {
			Answer answer = answers.asMap().get(question.key());
			if (answer != null && !question.displayCondition().evaluate(soFar).isFalse()) {
				kept.put(question.key(), answer);
			}
		}
		return Answers.view(Collections.unmodifiableMap(kept));
	}

	/**
	 * The applicable answers after replacing some of them in answers that were applicable:
	 * only the questions whose display depends on a change are looked at again.
	 */
	Answers applicableAfter(Answers applicable, Map<String, Answer> replacements) {
		Map<String, @Nullable Answer> overrides = new HashMap<>(replacements);
		Answers changed = applicable.overlay(overrides);
		for (QuestionSpec question : questions) {
			if (question.displayCondition() == Condition.ALWAYS || !changed.has(question.key())) {
				continue;
			}
			boolean depends = false;
			for (String driver : displayDependencies.getOrDefault(question.key(), Set.of())) {
				depends |= overrides.containsKey(driver);
			}
			if (depends && question.displayCondition().evaluate(changed).isFalse()) {
				overrides.put(question.key(), null); // now hidden: no longer evaluated
			}
		}
		return changed;
	}

	/** Whether an answer to this question can show or hide another question. */
	boolean drivesDisplay(String questionKey) {
		return displayDrivers.contains(questionKey);
	}

	/** The questions shown for these answers, in questionnaire order. */
	public List<QuestionSpec> visibleQuestions(Answers answers) {
		List<QuestionSpec> visible = new ArrayList<>();
		Answers applicable = applicable(answers);
		for (QuestionSpec question : questions) {
			if (!question.displayCondition().evaluate(applicable).isFalse()) {
				visible.add(question);
			}
		}
		return visible;
	}

	public boolean isVisible(String questionKey, Answers answers) {
		return visibleQuestions(answers).stream().anyMatch(question -> question.key().equals(questionKey));
	}

	/**
	 * What is wrong with this ruleset, in English for developers and logs; {@link #checks()} gives
	 * the same as data. Empty when consistent.
	 */
	public List<String> problems() {
		return checks().stream().map(Problem::english).toList();
	}

	/**
	 * What is wrong with this ruleset: unknown forms, questions or options, a question of the
	 * wrong type, weights out of range, duplicate keys, conditions nested too deep or too large.
	 * Empty when consistent.
	 */
	public List<Problem> checks() {
		List<Problem> problems = new ArrayList<>();
		Set<String> ruleKeys = new HashSet<>();
		for (Rule rule : rules) {
			if (!ruleKeys.add(rule.key())) {
				problems.add(Problem.of("duplicate-rule", Problem.Subject.RULE, rule.key()));
			}
			if (!forms.contains(rule.form())) {
				problems.add(Problem.of("unknown-form", Problem.Subject.RULE, rule.key(), rule.form()));
			}
			if (!rule.kind().isGate() && (rule.weight() < Rule.MIN_WEIGHT || rule.weight() > Rule.MAX_WEIGHT)) {
				problems.add(Problem.of("weight-out-of-range", Problem.Subject.RULE, rule.key(), rule.weight()));
			}
			ConditionCheck.check(rule.condition(), this, Problem.Subject.RULE, rule.key(), problems);
		}
		for (QuestionSpec question : questions) {
			ConditionCheck.check(question.displayCondition(), this, Problem.Subject.DISPLAY_CONDITION, question.key(),
					problems);
		}
		return problems;
	}
}
