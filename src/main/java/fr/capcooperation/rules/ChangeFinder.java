package fr.capcooperation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
	/** At most this many combinations of options required together, per question and selection. */
	static final int MAX_TOGETHER = 12;

	private final Ruleset ruleset;
	private final Map<String, FormGates> gatesByForm = new LinkedHashMap<>();

	ChangeFinder(Ruleset ruleset) {
		this.ruleset = ruleset;
		for (String form : ruleset.forms()) {
			gatesByForm.put(form, new FormGates(ruleset, ruleset.rulesOf(form)));
		}
	}

	/**
	 * The smallest changes to the applicable {@code answers} that make the form possible;
	 * {@code given} are all the answers as given, so that a question a change shows again is
	 * evaluated with the answer kept for it.
	 */
	List<ChangeSet> smallestChanges(String form, Answers answers, Set<String> visible, Answers given) {
		FormGates gates = Objects.requireNonNull(gatesByForm.get(form), form);
		List<Candidate> candidates = gates.candidates(answers, visible);
		boolean[] blocking = gates.blocking(answers);
		for (int size = 1; size <= MAX_QUESTIONS && size <= candidates.size(); size++) {
			List<Found> found = new ArrayList<>();
			search(gates, answers, given, blocking, candidates, 0, size, new ArrayList<>(), found);
			if (!found.isEmpty()) {
				return best(found, answers);
			}
		}
		return List.of();
	}

	private void search(FormGates gates, Answers answers, Answers given, boolean[] blocking, List<Candidate> candidates,
			int from,
			int size, List<Candidate> chosen, List<Found> found) {
		if (chosen.size() == size) {
			boolean displayChanges = false;
			for (Candidate candidate : chosen) {
				displayChanges |= candidate.drivesDisplay;
			}
			// Without a display change, only the gates that read a changed answer can change.
			if (!displayChanges && gates.stillBlocked(chosen, blocking)) {
				return;
			}
			Map<String, Answer> replacements;
			if (size == 1) {
				replacements = Map.of(chosen.get(0).question, chosen.get(0).answer);
			}
			else {
				replacements = new HashMap<>(4);
				for (Candidate candidate : chosen) {
					replacements.put(candidate.question, candidate.answer);
				}
			}
			boolean excluded;
			Answers changed;
			if (displayChanges) {
				Ruleset.Applied applied = ruleset.applicableAfter(answers, replacements, given);
				changed = applied.answers();
				if (applied.visibilityChanged()) {
					excluded = gates.excludes(changed);
				}
				else if (gates.stillBlocked(chosen, blocking)) {
					return; // the answer drives a display condition, but this change shows or hides nothing
				}
				else {
					excluded = gates.excludesAfter(changed, chosen);
				}
			}
			else {
				changed = answers.overlay(replacements);
				excluded = gates.excludesAfter(changed, chosen);
			}
			if (!excluded) {
				found.add(Found.of(chosen, gates.score(changed)));
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
			search(gates, answers, given, blocking, candidates, i + 1, size, chosen, found);
			chosen.remove(chosen.size() - 1);
		}
	}

	/**
	 * For each set of questions, the smallest change (then the one that favours the form most);
	 * then the smallest sets first, the most favourable first among equals. Only the chosen ones
	 * are described.
	 */
	private static List<ChangeSet> best(List<Found> found, Answers answers) {
		Map<List<String>, Found> bestPerQuestions = new LinkedHashMap<>();
		for (Found candidate : found) {
			bestPerQuestions.merge(candidate.questions(), candidate,
					(kept, other) -> SMALLEST_THEN_FAVOURABLE.compare(other, kept) < 0 ? other : kept);
		}
		List<Found> sorted = new ArrayList<>(bestPerQuestions.values());
		sorted.sort(SMALLEST_THEN_FAVOURABLE);
		List<ChangeSet> sets = new ArrayList<>(Math.min(MAX_ALTERNATIVES, sorted.size()));
		for (Found chosen : sorted.subList(0, Math.min(MAX_ALTERNATIVES, sorted.size()))) {
			List<AnswerChange> changes = new ArrayList<>(chosen.chosen().size());
			for (Candidate candidate : chosen.chosen()) {
				changes.add(AnswerChange.of(candidate.question, answers.asMap().get(candidate.question), candidate.answer));
			}
			sets.add(new ChangeSet(changes));
		}
		return sets;
	}

	private static final Comparator<Found> SMALLEST_THEN_FAVOURABLE = Comparator.comparingInt(Found::size)
		.thenComparing(Comparator.comparingInt(Found::score).reversed());

	/**
	 * One answer to try, and how big a change it is from the current answer: the options
	 * toggled for a multiple choice, otherwise 1.
	 */
	private record Candidate(String question, Answer answer, boolean drivesDisplay, int size) {
	}

	/** A selection to try for a multiple choice, and how many options it toggles. */
	private record Alternative(Answer answer, int size) {
	}

	private record Found(List<Candidate> chosen, List<String> questions, int score, int size) {

		static Found of(List<Candidate> chosen, int score) {
			List<String> questions = new ArrayList<>(chosen.size());
			int size = 0;
			for (Candidate candidate : chosen) {
				questions.add(candidate.question);
				size += candidate.size;
			}
			return new Found(List.copyOf(chosen), questions, score, size);
		}
	}

	/** A form's gate rules, with the options and thresholds they name, per question. */
	private static final class FormGates {

		private final List<Rule> gates = new ArrayList<>();
		/** The questions each gate reads, by position. */
		private final List<Set<String>> gateQuestions = new ArrayList<>();
		private final List<Rule> scoring = new ArrayList<>();
		private final List<QuestionSpec> questions = new ArrayList<>();
		private final Set<String> displayDrivers = new HashSet<>();
		private final Map<String, List<String>> namedInOrder = new HashMap<>();
		private final Map<String, List<Answer>> fixedAlternatives = new HashMap<>();
		private final Map<String, Set<String>> namedOptions = new LinkedHashMap<>();
		private final Map<String, List<Set<String>>> onlyLists = new LinkedHashMap<>();
		/**
		 * Per multiple-choice question, the options each requirement names, in the condition's
		 * order: adding one of each may be needed together (a SCIC's users and its employees).
		 */
		private final Map<String, List<List<String>>> requiredTogether = new LinkedHashMap<>();
		private final Map<String, Set<Integer>> thresholds = new LinkedHashMap<>();
		/** Per multiple-choice question, the alternatives computed per current selection. */
		private final Map<String, Map<Set<String>, List<Alternative>>> multipleCache = new ConcurrentHashMap<>();

		FormGates(Ruleset ruleset, List<Rule> rules) {
			for (Rule rule : rules) {
				if (rule.kind().isGate()) {
					gates.add(rule);
					gateQuestions.add(rule.condition().questions());
					collect(rule.condition());
					if (rule.kind() == RuleKind.REQUIRES) {
						Map<String, List<String>> named = new LinkedHashMap<>();
						includedOptions(rule.condition(), named);
						named.forEach((question, options) -> requiredTogether
							.computeIfAbsent(question, key -> new ArrayList<>())
							.add(List.copyOf(options)));
					}
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

		/** Which gates block these answers, by position. */
		boolean[] blocking(Answers answers) {
			boolean[] blocking = new boolean[gates.size()];
			for (int i = 0; i < gates.size(); i++) {
				blocking[i] = gates.get(i).blocks(gates.get(i).condition().evaluate(answers));
			}
			return blocking;
		}

		/** True when a gate that blocks now reads none of the changed answers: it blocks still. */
		boolean stillBlocked(List<Candidate> chosen, boolean[] blocking) {
			for (int i = 0; i < gates.size(); i++) {
				if (blocking[i] && !reads(i, chosen)) {
					return true;
				}
			}
			return false;
		}

		boolean excludes(Answers answers) {
			for (Rule rule : gates) {
				if (rule.blocks(rule.condition().evaluate(answers))) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Whether the changed answers are excluded when only the chosen answers changed: only
		 * the gates that read one of them are evaluated again (the others keep the verdict
		 * checked by {@link #stillBlocked}).
		 */
		boolean excludesAfter(Answers changed, List<Candidate> chosen) {
			for (int i = 0; i < gates.size(); i++) {
				Rule rule = gates.get(i);
				if (reads(i, chosen) && rule.blocks(rule.condition().evaluate(changed))) {
					return true;
				}
			}
			return false;
		}

		private boolean reads(int gate, List<Candidate> chosen) {
			Set<String> read = gateQuestions.get(gate);
			for (Candidate candidate : chosen) {
				if (read.contains(candidate.question)) {
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

		/** The options a condition asks to be included, per question, outside any negation. */
		private static void includedOptions(Condition condition, Map<String, List<String>> into) {
			if (condition instanceof Condition.All all) {
				all.of().forEach(child -> includedOptions(child, into));
			}
			else if (condition instanceof Condition.AnyOf any) {
				any.of().forEach(child -> includedOptions(child, into));
			}
			else if (condition instanceof Condition.Includes includes) {
				into.computeIfAbsent(includes.question(), key -> new ArrayList<>()).add(includes.option());
			}
			else if (condition instanceof Condition.IncludesAny includesAny) {
				into.computeIfAbsent(includesAny.question(), key -> new ArrayList<>()).addAll(includesAny.options());
			}
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
				boolean drives = displayDrivers.contains(question.key());
				if (question.type() == QuestionType.MULTIPLE) {
					Set<String> selected = current instanceof Answer.Choices choices ? choices.options() : Set.of();
					for (Alternative alternative : multipleAlternatives(question, selected)) {
						candidates.add(new Candidate(question.key(), alternative.answer(), drives, alternative.size()));
					}
					continue;
				}
				for (Answer answer : fixedAlternatives.getOrDefault(question.key(), List.of())) {
					if (!answer.equals(current)) {
						candidates.add(new Candidate(question.key(), answer, drives, 1));
					}
				}
			}
			return candidates;
		}

		/**
		 * The selections worth trying instead of {@code selected}, with the options each one
		 * toggles; the same few selections come back often, so they are computed once each.
		 */
		private List<Alternative> multipleAlternatives(QuestionSpec question, Set<String> selected) {
			return multipleCache.computeIfAbsent(question.key(), key -> new ConcurrentHashMap<>())
				.computeIfAbsent(selected, key -> computeMultipleAlternatives(question, selected));
		}

		private List<Alternative> computeMultipleAlternatives(QuestionSpec question, Set<String> selected) {
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
			// several options required together: one option of each requirement, the condition's first first
			List<Set<String>> together = new ArrayList<>();
			together.add(new LinkedHashSet<>(selected));
			for (List<String> options : requiredTogether.getOrDefault(question.key(), List.of())) {
				if (options.stream().anyMatch(selected::contains)) {
					continue;
				}
				List<Set<String>> next = new ArrayList<>();
				for (Set<String> partial : together) {
					for (String option : options) {
						if (next.size() < MAX_TOGETHER) {
							Set<String> grown = new LinkedHashSet<>(partial);
							grown.add(option);
							next.add(grown);
						}
					}
				}
				together = next;
			}
			sets.addAll(together);
			sets.add(allNamed); // and all of them at once
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
			List<Alternative> alternatives = new ArrayList<>(sets.size());
			for (Set<String> set : sets) {
				if (!set.isEmpty() && !set.equals(selected)) {
					int toggled = 0;
					for (String option : set) {
						toggled += selected.contains(option) ? 0 : 1;
					}
					for (String option : selected) {
						toggled += set.contains(option) ? 0 : 1;
					}
					alternatives.add(new Alternative(new Answer.Choices(ordered(question, set)), toggled));
				}
			}
			return List.copyOf(alternatives);
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
