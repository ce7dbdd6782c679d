package fr.capcooperation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Evaluates every form of a {@link Ruleset} against a set of answers. Plain Java, no I/O,
 * deterministic: the same ruleset and answers always give the same recommendation. Thread-safe.
 *
 * <p>Without a {@link Guidance} (catalogue version 1) every form that is not excluded competes
 * on its score. With one, a form is recommended only on positive evidence (principle P7 of the
 * legal review): none of its requirements is unknown, at least one favouring rule holds, and, when
 * the degree of rapprochement is unknown, it is not a common structure or a merger; the forms are
 * then ranked from the lightest step to the most integrated. Rules that read only questions
 * that were never shown say nothing (P9), and a recommended structure with weak prerequisites
 * carries a warning and a lighter first step (P8). See {@code docs/rules.md}.
 */
public final class RulesEngine {

	private final Ruleset ruleset;
	private final @Nullable Guidance guidance;
	private final ChangeFinder changeFinder;
	private final Map<String, Set<String>> questionsByRule = new LinkedHashMap<>();

	public RulesEngine(Ruleset ruleset) {
		this.ruleset = ruleset;
		this.guidance = ruleset.guidance();
		this.changeFinder = new ChangeFinder(ruleset);
		ruleset.rules().forEach(rule -> questionsByRule.put(rule.key(), Set.copyOf(rule.condition().questions())));
	}

	public Ruleset ruleset() {
		return ruleset;
	}

	public Recommendation evaluate(Answers answers) {
		return evaluate(answers, true);
	}

	/**
	 * The same evaluation without the search for the smallest changes (excluded forms get none):
	 * for comparing many variants of a group's answers ({@link Divergences}), where only the
	 * statuses matter.
	 */
	Recommendation evaluateWithoutChanges(Answers answers) {
		return evaluate(answers, false);
	}

	private Recommendation evaluate(Answers answers, boolean withChanges) {
		Answers evaluated = ruleset.applicable(answers);
		Set<String> shown = new HashSet<>();
		ruleset.visibleQuestions(evaluated).forEach(question -> shown.add(question.key()));
		List<Scored> scored = new ArrayList<>();
		for (String form : ruleset.forms()) {
			scored.add(score(form, evaluated, shown));
		}
		boolean degreeUnknown = guidance != null && shown.contains(guidance.ladderQuestion())
				&& evaluated.known(guidance.ladderQuestion()) == null;

		List<FormAssessment> ranked = guidance == null ? rankByScore(scored)
				: rankOnThePath(guidance, scored, degreeUnknown, evaluated);
		for (Scored s : scored) {
			if (s.excluded) {
				ranked.add(new FormAssessment(s.form, Status.EXCLUDED, s.score, 0, false, s.outcomes,
						withChanges ? changeFinder.smallestChanges(s.form, evaluated, shown, answers) : List.of()));
			}
		}
		@Nullable Undecided undecided = guidance == null ? null : undecided(guidance, ranked, degreeUnknown, evaluated, shown);
		return new Recommendation(ranked, unknowns(ranked, evaluated, shown), readiness(evaluated), evaluated, undecided);
	}

	/** Version 1: every form not excluded with the best score is recommended. */
	private static List<FormAssessment> rankByScore(List<Scored> scored) {
		List<Scored> open = scored.stream().filter(s -> !s.excluded).toList();
		List<FormAssessment> ranked = new ArrayList<>();
		List<Scored> byScore = new ArrayList<>(open);
		byScore.sort(Comparator.comparingInt((Scored s) -> -s.score)); // stable: catalogue order breaks ties
		for (Scored s : byScore) {
			int better = (int) open.stream().filter(other -> other.score > s.score).count();
			boolean tied = open.stream().anyMatch(other -> other != s && other.score == s.score);
			Status status = better == 0 ? Status.RECOMMENDED : Status.POSSIBLE;
			ranked.add(new FormAssessment(s.form, status, s.score, better + 1, tied, s.outcomes, List.of()));
		}
		return ranked;
	}

	/**
	 * With a guidance: only forms without a hold can be recommended, the best of them by the
	 * ranking key (the score, or, when the degree is unknown, the step first and then the score).
	 * Forms in the same group (recommended or not, same key) share a rank and are tied.
	 */
	private List<FormAssessment> rankOnThePath(Guidance guidance, List<Scored> scored, boolean degreeUnknown,
			Answers evaluated) {
		Comparator<Scored> byKey = degreeUnknown
				? Comparator.comparingInt((Scored s) -> guidance.stepIndex(s.form)).thenComparingInt(s -> -s.score)
				: Comparator.comparingInt((Scored s) -> -s.score);
		List<Scored> open = new ArrayList<>(scored.stream().filter(s -> !s.excluded).toList());
		open.sort(byKey); // stable: catalogue order breaks display ties
		Map<Scored, List<Hold>> holds = new LinkedHashMap<>();
		for (Scored s : open) {
			holds.put(s, holds(guidance, s, degreeUnknown));
		}
		@Nullable Scored best = open.stream().filter(s -> holds.getOrDefault(s, List.of()).isEmpty()).findFirst().orElse(null);
		List<Scored> recommended = new ArrayList<>();
		List<Scored> possible = new ArrayList<>();
		for (Scored s : open) {
			if (best != null && holds.getOrDefault(s, List.of()).isEmpty() && byKey.compare(s, best) == 0) {
				recommended.add(s);
			}
			else {
				possible.add(s);
			}
		}
		List<FormAssessment> ranked = new ArrayList<>();
		int rank = 1;
		for (List<Scored> group : groups(recommended, possible, byKey)) {
			boolean tied = group.size() > 1;
			for (Scored s : group) {
				Status status = recommended.contains(s) ? Status.RECOMMENDED : Status.POSSIBLE;
				@Nullable ReadinessWarning warning = status == Status.RECOMMENDED && guidance.isStructure(s.form)
						? warning(guidance, evaluated, open, holds) : null;
				ranked.add(new FormAssessment(s.form, status, s.score, rank, tied, s.outcomes, List.of(),
						holds.getOrDefault(s, List.of()), warning));
			}
			rank += group.size();
		}
		return ranked;
	}

	/** The recommended forms as one group, then the possible ones grouped by equal key. */
	private static List<List<Scored>> groups(List<Scored> recommended, List<Scored> possible, Comparator<Scored> byKey) {
		List<List<Scored>> groups = new ArrayList<>();
		if (!recommended.isEmpty()) {
			groups.add(recommended);
		}
		List<Scored> current = new ArrayList<>();
		for (Scored s : possible) {
			if (!current.isEmpty() && byKey.compare(current.get(0), s) != 0) {
				groups.add(current);
				current = new ArrayList<>();
			}
			current.add(s);
		}
		if (!current.isEmpty()) {
			groups.add(current);
		}
		return groups;
	}

	private static List<Hold> holds(Guidance guidance, Scored s, boolean degreeUnknown) {
		List<Hold> holds = new ArrayList<>(3);
		boolean evidence = false;
		boolean requirementUnknown = false;
		for (RuleOutcome outcome : s.outcomes) {
			RuleKind kind = outcome.rule().kind();
			requirementUnknown |= kind == RuleKind.REQUIRES && outcome.truth() == Truth.UNKNOWN;
			evidence |= kind == RuleKind.FAVOURS && outcome.truth() == Truth.TRUE;
		}
		if (requirementUnknown) {
			holds.add(Hold.REQUIREMENT_UNKNOWN);
		}
		if (degreeUnknown && guidance.isStructure(s.form)) {
			holds.add(Hold.DEGREE_UNKNOWN);
		}
		if (!evidence) {
			holds.add(Hold.NO_EVIDENCE);
		}
		return holds;
	}

	/** The checklist lines that make a structure premature, and a lighter first step. */
	private @Nullable ReadinessWarning warning(Guidance guidance, Answers answers, List<Scored> open,
			Map<Scored, List<Hold>> holds) {
		@Nullable QuestionSpec checklist = checklist();
		if (checklist == null || checklist.options().isEmpty()) {
			return null;
		}
		String ready = checklist.options().get(0);
		Map<String, String> levels = levels(answers, checklist);
		List<String> weak = new ArrayList<>();
		for (String line : checklist.lines()) {
			@Nullable String level = levels.get(line);
			boolean keyLineWeak = guidance.keyPrerequisites().contains(line) && level != null && !level.equals(ready);
			if (keyLineWeak || (level != null && guidance.weakLevels().contains(level))) {
				weak.add(line);
			}
		}
		if (weak.isEmpty()) {
			return null;
		}
		@Nullable String firstStep = open.stream()
			.filter(s -> !guidance.isStructure(s.form))
			.sorted(Comparator.comparing((Scored s) -> !holds.getOrDefault(s, List.of()).isEmpty())
				.thenComparingInt(s -> -s.score))
			.map(Scored::form)
			.findFirst()
			.orElseGet(() -> ruleset.forms()
				.stream()
				.filter(form -> !guidance.isStructure(form))
				.min(Comparator.comparingInt(guidance::stepIndex))
				.orElse(null));
		return new ReadinessWarning(weak, firstStep);
	}

	/**
	 * Why no structure can be recommended yet, when that is the case: the degree of rapprochement
	 * is unknown, or nothing is recommended although some forms remain possible.
	 */
	private @Nullable Undecided undecided(Guidance guidance, List<FormAssessment> ranked, boolean degreeUnknown,
			Answers answers, Set<String> shown) {
		boolean nothingRecommended = ranked.stream().noneMatch(form -> form.status() == Status.RECOMMENDED);
		boolean somethingOpen = ranked.stream().anyMatch(form -> !form.isExcluded());
		if (!degreeUnknown && !(nothingRecommended && somethingOpen)) {
			return null;
		}
		Set<String> settling = new LinkedHashSet<>();
		if (degreeUnknown) {
			settling.add(guidance.ladderQuestion());
		}
		Set<String> undecidedRequirements = new HashSet<>();
		for (FormAssessment form : ranked) {
			// while the degree is unknown, it decides first: only the lighter forms' requirements count
			if (form.isExcluded() || (degreeUnknown && guidance.isStructure(form.form()))) {
				continue;
			}
			for (RuleOutcome outcome : form.outcomes(Effect.TO_CHECK)) {
				if (outcome.rule().kind() == RuleKind.REQUIRES) {
					undecidedRequirements.addAll(outcome.questions());
				}
			}
		}
		for (QuestionSpec question : ruleset.questions()) {
			if (undecidedRequirements.contains(question.key()) && shown.contains(question.key())
					&& answers.known(question.key()) == null) {
				settling.add(question.key());
			}
		}
		Undecided.Cause cause = degreeUnknown ? Undecided.Cause.DEGREE_UNKNOWN
				: ranked.stream().anyMatch(form -> form.holds().contains(Hold.REQUIREMENT_UNKNOWN))
						? Undecided.Cause.REQUIREMENTS_UNKNOWN : Undecided.Cause.NO_EVIDENCE;
		return new Undecided(cause, List.copyOf(settling));
	}

	private Scored score(String form, Answers answers, Set<String> shown) {
		List<RuleOutcome> outcomes = new ArrayList<>();
		int score = 0;
		boolean excluded = false;
		for (Rule rule : ruleset.rulesOf(form)) {
			Set<String> read = questionsByRule.getOrDefault(rule.key(), Set.of());
			if (guidance != null && !readsAny(read, shown)) {
				continue; // a rule about questions never shown says nothing (P9)
			}
			Truth truth = rule.condition().evaluate(answers);
			if (rule.blocks(truth)) {
				excluded = true;
			}
			if (truth.isTrue()) {
				score += rule.points();
			}
			if (rule.kind().isGate() || truth != Truth.FALSE) { // a scoring rule that is false says nothing
				// only shown questions are reasons: a hidden one is no part of what the person answered (P9)
				outcomes.add(RuleOutcome.of(rule, truth, guidance == null ? read : shownOnly(read, shown)));
			}
		}
		return new Scored(form, score, excluded, outcomes);
	}

	private static Set<String> shownOnly(Set<String> read, Set<String> shown) {
		if (shown.containsAll(read)) {
			return read;
		}
		Set<String> kept = new LinkedHashSet<>(read);
		kept.retainAll(shown);
		return kept;
	}

	private static boolean readsAny(Set<String> read, Set<String> shown) {
		for (String question : read) {
			if (shown.contains(question)) {
				return true;
			}
		}
		return read.isEmpty();
	}

	/** Shown questions without a known answer that leave a rule of an open form undecided. */
	private List<UnknownAnswer> unknowns(List<FormAssessment> forms, Answers answers, Set<String> shown) {
		Map<String, Set<String>> formsByQuestion = new LinkedHashMap<>();
		for (QuestionSpec question : ruleset.questions()) {
			formsByQuestion.put(question.key(), new LinkedHashSet<>());
		}
		for (FormAssessment form : forms) {
			if (form.isExcluded()) {
				continue;
			}
			for (RuleOutcome outcome : form.outcomes(Effect.TO_CHECK)) {
				for (String question : outcome.questions()) {
					if (shown.contains(question) && answers.known(question) == null) {
						formsByQuestion.computeIfAbsent(question, key -> new LinkedHashSet<>()).add(form.form());
					}
				}
			}
		}
		List<UnknownAnswer> unknowns = new ArrayList<>();
		formsByQuestion.forEach((question, formKeys) -> {
			if (!formKeys.isEmpty()) {
				unknowns.add(new UnknownAnswer(question,
						ruleset.forms().stream().filter(formKeys::contains).toList()));
			}
		});
		return unknowns;
	}

	private @Nullable QuestionSpec checklist() {
		for (QuestionSpec question : ruleset.questions()) {
			if (question.type() == QuestionType.CHECKLIST) {
				return question;
			}
		}
		return null;
	}

	private static Map<String, String> levels(Answers answers, QuestionSpec checklist) {
		return answers.get(checklist.key())
			.filter(Answer.Checklist.class::isInstance)
			.map(answer -> ((Answer.Checklist) answer).levels())
			.orElse(Map.of());
	}

	private Readiness readiness(Answers answers) {
		@Nullable QuestionSpec question = checklist();
		if (question == null) {
			return Readiness.NONE;
		}
		@Nullable String ready = question.options().isEmpty() ? null : question.options().get(0);
		Map<String, String> levels = levels(answers, question);
		List<Readiness.Line> lines = new ArrayList<>();
		int weak = 0;
		for (String line : question.lines()) {
			@Nullable String level = levels.get(line);
			boolean isWeak = level != null && !level.equals(ready);
			if (isWeak) {
				weak++;
			}
			lines.add(new Readiness.Line(line, level, isWeak));
		}
		return new Readiness(lines, weak);
	}

	private record Scored(String form, int score, boolean excluded, List<RuleOutcome> outcomes) {
	}
}
