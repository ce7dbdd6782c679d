package fr.capcooperation.rules;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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
	/** The questions each question's display condition reads, by question position (empty for ALWAYS). */
	private final List<List<String>> displayDriversOf = new ArrayList<>();
	private final @Nullable Guidance guidance;

	public Ruleset(List<QuestionSpec> questions, List<String> forms, List<Rule> rules) {
		this(questions, forms, rules, null);
	}

	/**
	 * A ruleset; with a {@link Guidance} (catalogue format 2 and later) the engine recommends a
	 * form only on positive evidence and follows the graduated path, without one (version 1) it
	 * ranks by score alone.
	 */
	public Ruleset(List<QuestionSpec> questions, List<String> forms, List<Rule> rules, @Nullable Guidance guidance) {
		this.guidance = guidance;
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
			displayDriversOf.add(List.copyOf(question.displayCondition().questions()));
		});
	}

	public List<QuestionSpec> questions() {
		return questions;
	}

	/** The graduated path, or null for a catalogue without one (version 1). */
	public @Nullable Guidance guidance() {
		return guidance;
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
	 * before them. An answer to a hidden question is kept by the caller but not evaluated. Under
	 * a graduated path the result also knows which questions were hidden, so that a condition on
	 * one of them is false (its implied answer is "none of these") rather than unknown.
	 */
	public Answers applicable(Answers answers) {
		Map<String, Answer> kept = new LinkedHashMap<>();
		Set<String> hidden = new HashSet<>();
		Answers soFar = Answers.view(kept, hidden); // grows as questions are kept, without copies
		for (QuestionSpec question : questions) {
			boolean shown = !question.displayCondition().evaluate(soFar).isFalse();
			Answer answer = answers.asMap().get(question.key());
			if (shown && answer != null) {
				kept.put(question.key(), answer);
			}
			else if (!shown && guidance != null) {
				hidden.add(question.key());
			}
		}
		return Answers.view(Collections.unmodifiableMap(kept), Collections.unmodifiableSet(hidden));
	}

	/**
	 * The applicable answers after replacing some of them in answers that were applicable:
	 * only the questions whose display depends on a change are looked at again. A question the
	 * change hides is no longer evaluated; one it shows again gets the answer kept for it in
	 * {@code given} (the answers as given, hidden ones included), as the journey would.
	 */
	Applied applicableAfter(Answers applicable, Map<String, Answer> replacements, Answers given) {
		Map<String, @Nullable Answer> overrides = new HashMap<>(8);
		overrides.putAll(replacements);
		boolean visibilityChanged = false;
		// the hidden questions are copied only if the change shows or hides one (rarely)
		HiddenAfter hidden = new HiddenAfter(applicable.hidden(), guidance != null);
		Answers changed = applicable.overlay(overrides, hidden);
		for (int i = 0; i < questions.size(); i++) { // no iterators: called for many candidate changes
			QuestionSpec question = questions.get(i);
			List<String> drivers = displayDriversOf.get(i);
			boolean depends = false;
			for (int d = 0; d < drivers.size() && !depends; d++) {
				depends = overrides.containsKey(drivers.get(d));
			}
			if (!depends) {
				continue;
			}
			boolean nowHidden = question.displayCondition().evaluate(changed).isFalse();
			boolean wasHidden = question.displayCondition().evaluate(applicable).isFalse();
			visibilityChanged |= nowHidden != wasHidden;
			if (nowHidden && changed.has(question.key())) {
				overrides.put(question.key(), null); // now hidden: no longer evaluated
			}
			Answer kept = given.asMap().get(question.key());
			if (!nowHidden && !changed.has(question.key()) && kept != null && !replacements.containsKey(question.key())) {
				overrides.put(question.key(), kept); // shown again: evaluated with the answer kept for it
			}
			hidden.set(question.key(), nowHidden);
		}
		return new Applied(changed, visibilityChanged);
	}

	/**
	 * The hidden questions after a change: the applicable answers' set until a question is shown
	 * or hidden, then a copy (under a graduated path only; version 1 keeps no hidden questions).
	 */
	private static final class HiddenAfter extends AbstractSet<String> {

		private Set<String> current;
		private boolean copied;
		private final boolean tracked;

		HiddenAfter(Set<String> initial, boolean tracked) {
			this.current = initial;
			this.tracked = tracked;
		}

		void set(String question, boolean hidden) {
			if (!tracked || current.contains(question) == hidden) {
				return;
			}
			if (!copied) {
				current = new HashSet<>(current);
				copied = true;
			}
			if (hidden) {
				current.add(question);
			}
			else {
				current.remove(question);
			}
		}

		@Override
		public boolean contains(Object question) {
			return current.contains(question);
		}

		@Override
		public Iterator<String> iterator() {
			return Collections.unmodifiableSet(current).iterator();
		}

		@Override
		public int size() {
			return current.size();
		}
	}

	/** Answers after a change, and whether the change showed or hid a question. */
	record Applied(Answers answers, boolean visibilityChanged) {
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
		if (guidance != null) {
			checkGuidance(guidance, problems);
		}
		return problems;
	}

	/** The graduated path must name a single-choice question, steps among its options, and a step for every form. */
	private void checkGuidance(Guidance guidance, List<Problem> problems) {
		QuestionSpec ladder = questionsByKey.get(guidance.ladderQuestion());
		if (ladder == null || ladder.type() != QuestionType.SINGLE) {
			problems.add(Problem.of("guidance-ladder-question", Problem.Subject.GUIDANCE, guidance.ladderQuestion()));
		}
		if (!guidance.steps().contains(guidance.structureFrom())) {
			problems.add(Problem.of("guidance-unknown-step", Problem.Subject.GUIDANCE, guidance.ladderQuestion(),
					guidance.structureFrom()));
		}
		for (String form : forms) {
			String step = guidance.stepOfForm().get(form);
			if (step == null || step.isBlank()) {
				problems.add(Problem.of("guidance-form-without-step", Problem.Subject.FORM, form));
			}
			else if (!guidance.steps().contains(step)) {
				problems.add(Problem.of("guidance-unknown-step", Problem.Subject.FORM, form, step));
			}
		}
		QuestionSpec checklist = questions.stream().filter(q -> q.type() == QuestionType.CHECKLIST).findFirst().orElse(null);
		for (String line : guidance.keyPrerequisites()) {
			if (checklist == null || !checklist.lines().contains(line)) {
				problems.add(Problem.of("guidance-unknown-prerequisite", Problem.Subject.GUIDANCE, guidance.ladderQuestion(), line));
			}
		}
		for (String level : guidance.weakLevels()) {
			if (checklist == null || !checklist.options().contains(level)) {
				problems.add(Problem.of("guidance-unknown-level", Problem.Subject.GUIDANCE, guidance.ladderQuestion(), level));
			}
		}
	}
}
