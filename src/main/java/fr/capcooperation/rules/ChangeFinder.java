package fr.capcooperation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for an excluded form, the smallest sets of answer changes that would make it
 * possible: first single answers, then pairs, then triples of answers. Candidates come from
 * the form's own REQUIRES and EXCLUDES rules (the options and thresholds they name), so the
 * search stays small; "Je ne sais pas" is never proposed.
 */
final class ChangeFinder {

	static final int MAX_QUESTIONS = 3;
	static final int MAX_ALTERNATIVES = 3;

	private final Ruleset ruleset;
	private final Map<String, FormGates> gatesByForm = new LinkedHashMap<>();

	ChangeFinder(Ruleset ruleset) {
		this.ruleset = ruleset;
		for (String form : ruleset.forms()) {
			gatesByForm.put(form, new FormGates(ruleset, ruleset.rulesOf(form)));
		}
	}

	List<ChangeSet> smallestChanges(String form, Answers answers) {
		FormGates gates = gatesByForm.get(form);
		List<Candidate> candidates = gates.candidates(answers);
		for (int size = 1; size <= MAX_QUESTIONS; size++) {
			List<ChangeSet> found = new ArrayList<>();
			search(gates, answers, candidates, 0, size, new ArrayList<>(), found);
			if (!found.isEmpty()) {
				return cheapestPerQuestions(found);
			}
		}
		return List.of();
	}

	private void search(FormGates gates, Answers answers, List<Candidate> candidates, int from, int size,
			List<Candidate> chosen, List<ChangeSet> found) {
		if (chosen.size() == size) {
			Answers changed = answers;
			for (Candidate candidate : chosen) {
				changed = changed.with(candidate.question, candidate.answer);
			}
			if (!gates.excludes(ruleset.applicable(changed))) {
				found.add(new ChangeSet(chosen.stream()
					.map(candidate -> AnswerChange.of(candidate.question, answers.get(candidate.question).orElse(null),
							candidate.answer))
					.toList()));
			}
			return;
		}
		for (int i = from; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			if (chosen.stream().anyMatch(other -> other.question.equals(candidate.question))) {
				continue;
			}
			chosen.add(candidate);
			search(gates, answers, candidates, i + 1, size, chosen, found);
			chosen.remove(chosen.size() - 1);
		}
	}

	/** For each set of questions keep the smallest change, then the smallest sets first. */
	private List<ChangeSet> cheapestPerQuestions(List<ChangeSet> found) {
		Map<List<String>, ChangeSet> best = new LinkedHashMap<>();
		for (ChangeSet set : found) {
			List<String> questions = set.changes().stream().map(AnswerChange::question).toList();
			best.merge(questions, set, (a, b) -> b.size() < a.size() ? b : a);
		}
		List<ChangeSet> sorted = new ArrayList<>(best.values());
		sorted.sort(Comparator.comparingInt(ChangeSet::size)); // stable: questionnaire order otherwise
		return List.copyOf(sorted.subList(0, Math.min(MAX_ALTERNATIVES, sorted.size())));
	}

	private record Candidate(String question, Answer answer) {
	}

	/** A form's gate rules, with the options and thresholds they name, per question. */
	private static final class FormGates {

		private final Ruleset ruleset;
		private final List<Rule> gates = new ArrayList<>();
		private final Map<String, Set<String>> namedOptions = new LinkedHashMap<>();
		private final Map<String, List<Set<String>>> onlyLists = new LinkedHashMap<>();
		private final Map<String, Set<Integer>> thresholds = new LinkedHashMap<>();

		FormGates(Ruleset ruleset, List<Rule> rules) {
			this.ruleset = ruleset;
			for (Rule rule : rules) {
				if (rule.kind().isGate()) {
					gates.add(rule);
					collect(rule.condition());
				}
			}
		}

		boolean excludes(Answers answers) {
			for (Rule rule : gates) {
				if (rule.blocks(rule.condition().evaluate(answers))) {
					return true;
				}
			}
			return false;
		}

		private void collect(Condition condition) {
			if (condition instanceof Condition.All all) {
				all.of().forEach(this::collect);
			}
			else if (condition instanceof Condition.AnyOf any) {
				any.of().forEach(this::collect);
			}
			else if (condition instanceof Condition.Not not) {
				collect(not.condition());
			}
			else if (condition instanceof Condition.Answered answered) {
				namedOptions.computeIfAbsent(answered.question(), key -> new LinkedHashSet<>());
			}
			else if (condition instanceof Condition.Is is) {
				options(is.question()).add(is.option());
			}
			else if (condition instanceof Condition.Includes includes) {
				options(includes.question()).add(includes.option());
			}
			else if (condition instanceof Condition.IncludesAny includesAny) {
				options(includesAny.question()).addAll(includesAny.options());
			}
			else if (condition instanceof Condition.Only only) {
				options(only.question()).addAll(only.options());
				onlyLists.computeIfAbsent(only.question(), key -> new ArrayList<>()).add(only.options());
			}
			else if (condition instanceof Condition.AtLeast atLeast) {
				Set<Integer> values = thresholds.computeIfAbsent(atLeast.question(), key -> new LinkedHashSet<>());
				values.add(atLeast.value());
				values.add(atLeast.value() - 1);
			}
		}

		private Set<String> options(String question) {
			return namedOptions.computeIfAbsent(question, key -> new LinkedHashSet<>());
		}

		/** Every single-answer change worth trying, in questionnaire and option order. */
		List<Candidate> candidates(Answers answers) {
			List<Candidate> candidates = new ArrayList<>();
			for (QuestionSpec question : ruleset.questions()) {
				boolean named = namedOptions.containsKey(question.key()) || thresholds.containsKey(question.key());
				if (!named) {
					continue;
				}
				Answer current = answers.get(question.key()).orElse(null);
				for (Answer answer : alternatives(question, current)) {
					if (!answer.equals(current)) {
						candidates.add(new Candidate(question.key(), answer));
					}
				}
			}
			return candidates;
		}

		private List<Answer> alternatives(QuestionSpec question, Answer current) {
			List<Answer> alternatives = new ArrayList<>();
			switch (question.type()) {
				case SINGLE -> question.options()
					.stream()
					.filter(option -> !Answer.DONT_KNOW.equals(option))
					.forEach(option -> alternatives.add(new Answer.Choice(option)));
				case NUMBER -> thresholds.getOrDefault(question.key(), Set.of())
					.stream()
					.filter(value -> value >= question.min() && (question.max() <= question.min() || value <= question.max()))
					.sorted()
					.forEach(value -> alternatives.add(new Answer.Number(value)));
				case MULTIPLE -> alternatives.addAll(multipleAlternatives(question, current));
				case CHECKLIST -> {
				}
			}
			return alternatives;
		}

		private Set<Answer> multipleAlternatives(QuestionSpec question, Answer current) {
			Set<String> selected = current instanceof Answer.Choices choices ? choices.options() : Set.of();
			Set<String> named = namedOptions.getOrDefault(question.key(), Set.of());
			Set<Set<String>> sets = new LinkedHashSet<>();
			for (String option : question.options()) {
				if (!named.contains(option)) {
					continue;
				}
				Set<String> toggled = new LinkedHashSet<>(selected);
				if (!toggled.remove(option)) {
					toggled.add(option);
				}
				sets.add(toggled);
			}
			for (Set<String> list : onlyLists.getOrDefault(question.key(), List.of())) {
				Set<String> kept = ordered(question, selected, list);
				sets.add(kept);
				for (String option : question.options()) {
					if (list.contains(option) && !kept.contains(option)) {
						Set<String> withOption = new LinkedHashSet<>(kept);
						withOption.add(option);
						sets.add(ordered(question, withOption, list));
					}
				}
			}
			Set<Answer> answers = new LinkedHashSet<>();
			for (Set<String> set : sets) {
				if (!set.isEmpty()) {
					answers.add(new Answer.Choices(ordered(question, set, null)));
				}
			}
			return answers;
		}

		/** The options of {@code set} (restricted to {@code within} when given) in question order. */
		private static Set<String> ordered(QuestionSpec question, Set<String> set, Set<String> within) {
			Set<String> ordered = new LinkedHashSet<>();
			for (String option : question.options()) {
				if (set.contains(option) && (within == null || within.contains(option))) {
					ordered.add(option);
				}
			}
			return ordered;
		}
	}
}
