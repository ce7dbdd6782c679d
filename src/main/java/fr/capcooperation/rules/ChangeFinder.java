package fr.capcooperation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for an excluded form, the smallest sets of answer changes that would make it
 * possible: first single answers, then pairs, then triples of answers. Candidates come from
 * the form's own REQUIRES and EXCLUDES rules (the options and thresholds they name), so the
 * search stays small; "Je ne sais pas" is never proposed, nor a change to a hidden question.
 * Among changes of the same size, those that favour the form most come first.
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

	List<ChangeSet> smallestChanges(String form, Answers answers, Set<String> visible) {
		FormGates gates = gatesByForm.get(form);
		List<Candidate> candidates = gates.candidates(answers, visible);
		for (int size = 1; size <= MAX_QUESTIONS && size <= candidates.size(); size++) {
			List<Found> found = new ArrayList<>();
			search(gates, answers, candidates, 0, size, new ArrayList<>(), found);
			if (!found.isEmpty()) {
				return best(found, answers);
			}
		}
		return List.of();
	}

	private void search(FormGates gates, Answers answers, List<Candidate> candidates, int from, int size,
			List<Candidate> chosen, List<Found> found) {
		if (chosen.size() == size) {
			Map<String, Answer> replacements;
			boolean displayChanges = false;
			if (size == 1) {
				Candidate only = chosen.get(0);
				replacements = Map.of(only.question, only.answer);
				displayChanges = only.drivesDisplay;
			}
			else {
				replacements = new HashMap<>(4);
				for (Candidate candidate : chosen) {
					replacements.put(candidate.question, candidate.answer);
					displayChanges |= candidate.drivesDisplay;
				}
			}
			Answers changed = displayChanges ? ruleset.applicableAfter(answers, replacements)
					: answers.overlay(replacements);
			if (!gates.excludes(changed)) {
				found.add(new Found(List.copyOf(chosen), gates.score(changed)));
			}
			return;
		}
		for (int i = from; i < candidates.size(); i++) {
			Candidate candidate = candidates.get(i);
			boolean sameQuestion = false;
			for (Candidate other : chosen) {
				sameQuestion |= other.question.equals(candidate.question);
			}
			if (sameQuestion) {
				continue;
			}
			chosen.add(candidate);
			search(gates, answers, candidates, i + 1, size, chosen, found);
			chosen.remove(chosen.size() - 1);
		}
	}

	/**
	 * For each set of questions, the smallest change (then the one that favours the form most);
	 * then the smallest sets first, the most favourable first among equals.
	 */
	private static List<ChangeSet> best(List<Found> found, Answers answers) {
		List<ChangeSet> sets = new ArrayList<>(found.size());
		List<Integer> scores = new ArrayList<>(found.size());
		for (Found candidate : found) {
			List<AnswerChange> changes = new ArrayList<>(candidate.chosen.size());
			for (Candidate chosen : candidate.chosen) {
				changes.add(AnswerChange.of(chosen.question, answers.asMap().get(chosen.question), chosen.answer));
			}
			sets.add(new ChangeSet(changes));
			scores.add(candidate.score);
		}
		Map<List<String>, Integer> best = new LinkedHashMap<>();
		for (int i = 0; i < sets.size(); i++) {
			List<String> questions = sets.get(i).changes().stream().map(AnswerChange::question).toList();
			best.merge(questions, i, (a, b) -> better(sets, scores, b, a) ? b : a);
		}
		List<Integer> sorted = new ArrayList<>(best.values());
		sorted.sort((a, b) -> better(sets, scores, a, b) ? -1 : better(sets, scores, b, a) ? 1 : 0);
		return sorted.stream().limit(MAX_ALTERNATIVES).map(sets::get).toList();
	}

	private static boolean better(List<ChangeSet> sets, List<Integer> scores, int a, int b) {
		int bySize = Integer.compare(sets.get(a).size(), sets.get(b).size());
		return bySize < 0 || (bySize == 0 && scores.get(a) > scores.get(b));
	}

	private record Candidate(String question, Answer answer, boolean drivesDisplay) {
	}

	private record Found(List<Candidate> chosen, int score) {
	}

	/** A form's gate rules, with the options and thresholds they name, per question. */
	private static final class FormGates {

		private final List<Rule> gates = new ArrayList<>();
		private final List<Rule> scoring = new ArrayList<>();
		private final List<QuestionSpec> questions = new ArrayList<>();
		private final Set<String> displayDrivers = new java.util.HashSet<>();
		private final Map<String, List<String>> namedInOrder = new HashMap<>();
		private final Map<String, List<Answer>> fixedAlternatives = new HashMap<>();
		private final Map<String, Set<String>> namedOptions = new LinkedHashMap<>();
		private final Map<String, List<Set<String>>> onlyLists = new LinkedHashMap<>();
		private final Map<String, Set<Integer>> thresholds = new LinkedHashMap<>();

		FormGates(Ruleset ruleset, List<Rule> rules) {
			for (Rule rule : rules) {
				if (rule.kind().isGate()) {
					gates.add(rule);
					collect(rule.condition());
				}
				else {
					scoring.add(rule);
				}
			}
			for (QuestionSpec question : ruleset.questions()) {
				if (namedOptions.containsKey(question.key()) || thresholds.containsKey(question.key())) {
					questions.add(question);
					if (ruleset.drivesDisplay(question.key())) {
						displayDrivers.add(question.key());
					}
					Set<String> named = namedOptions.getOrDefault(question.key(), Set.of());
					namedInOrder.put(question.key(), question.options().stream().filter(named::contains).toList());
					if (question.type() == QuestionType.SINGLE) {
						fixedAlternatives.put(question.key(), question.options()
							.stream()
							.filter(option -> !Answer.DONT_KNOW.equals(option))
							.map(option -> (Answer) new Answer.Choice(option))
							.toList());
					}
					else if (question.type() == QuestionType.NUMBER) {
						fixedAlternatives.put(question.key(), thresholds.getOrDefault(question.key(), Set.of())
							.stream()
							.filter(value -> value >= question.min()
									&& (question.max() <= question.min() || value <= question.max()))
							.sorted()
							.map(value -> (Answer) new Answer.Number(value))
							.toList());
					}
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

		int score(Answers answers) {
			int score = 0;
			for (Rule rule : scoring) {
				if (rule.condition().evaluate(answers).isTrue()) {
					score += rule.points();
				}
			}
			return score;
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
		List<Candidate> candidates(Answers answers, Set<String> visible) {
			List<Candidate> candidates = new ArrayList<>();
			for (QuestionSpec question : questions) {
				if (!visible.contains(question.key())) {
					continue;
				}
				Answer current = answers.asMap().get(question.key());
				List<Answer> alternatives = question.type() == QuestionType.MULTIPLE
						? multipleAlternatives(question, current)
						: fixedAlternatives.getOrDefault(question.key(), List.of());
				boolean drives = displayDrivers.contains(question.key());
				for (Answer answer : alternatives) {
					if (!answer.equals(current)) {
						candidates.add(new Candidate(question.key(), answer, drives));
					}
				}
			}
			return candidates;
		}

		private List<Answer> multipleAlternatives(QuestionSpec question, Answer current) {
			Set<String> selected = current instanceof Answer.Choices choices ? choices.options() : Set.of();
			List<String> named = namedInOrder.getOrDefault(question.key(), List.of());
			Set<Set<String>> sets = new LinkedHashSet<>();
			Set<String> allNamed = new LinkedHashSet<>(selected);
			for (String option : named) {
				Set<String> toggled = new LinkedHashSet<>(selected);
				if (!toggled.remove(option)) {
					toggled.add(option);
				}
				sets.add(toggled);
				allNamed.add(option);
			}
			sets.add(allNamed); // several options required together (a SCIC's employees and users)
			for (Set<String> list : onlyLists.getOrDefault(question.key(), List.of())) {
				Set<String> kept = new LinkedHashSet<>(selected);
				kept.retainAll(list);
				sets.add(kept);
				for (String option : named) {
					if (list.contains(option) && !kept.contains(option)) {
						Set<String> withOption = new LinkedHashSet<>(kept);
						withOption.add(option);
						sets.add(withOption);
					}
				}
			}
			List<Answer> answers = new ArrayList<>(sets.size());
			for (Set<String> set : sets) {
				if (!set.isEmpty()) {
					answers.add(new Answer.Choices(ordered(question, set)));
				}
			}
			return answers;
		}

		/** The options of {@code set} in question order. */
		private static Set<String> ordered(QuestionSpec question, Set<String> set) {
			Set<String> ordered = new LinkedHashSet<>();
			for (String option : question.options()) {
				if (set.contains(option)) {
					ordered.add(option);
				}
			}
			return ordered;
		}
	}
}
