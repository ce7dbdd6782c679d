package fr.capcooperation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates every form of a {@link Ruleset} against a set of answers. Plain Java, no I/O,
 * deterministic: the same ruleset and answers always give the same recommendation. Thread-safe.
 */
public final class RulesEngine {

	private final Ruleset ruleset;
	private final ChangeFinder changeFinder;
	private final Map<String, Set<String>> questionsByRule = new LinkedHashMap<>();

	public RulesEngine(Ruleset ruleset) {
		this.ruleset = ruleset;
		this.changeFinder = new ChangeFinder(ruleset);
		ruleset.rules().forEach(rule -> questionsByRule.put(rule.key(), Set.copyOf(rule.condition().questions())));
	}

	public Ruleset ruleset() {
		return ruleset;
	}

	public Recommendation evaluate(Answers answers) {
		Answers evaluated = ruleset.applicable(answers);
		List<Scored> scored = new ArrayList<>();
		for (String form : ruleset.forms()) {
			scored.add(score(form, evaluated));
		}

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
		Set<String> shown = new HashSet<>();
		ruleset.visibleQuestions(evaluated).forEach(question -> shown.add(question.key()));
		for (Scored s : scored) {
			if (s.excluded) {
				ranked.add(new FormAssessment(s.form, Status.EXCLUDED, s.score, 0, false, s.outcomes,
						changeFinder.smallestChanges(s.form, evaluated, shown)));
			}
		}
		return new Recommendation(ranked, unknowns(ranked, evaluated, shown), readiness(evaluated), evaluated);
	}

	private Scored score(String form, Answers answers) {
		List<RuleOutcome> outcomes = new ArrayList<>();
		int score = 0;
		boolean excluded = false;
		for (Rule rule : ruleset.rulesOf(form)) {
			Truth truth = rule.condition().evaluate(answers);
			if (rule.blocks(truth)) {
				excluded = true;
			}
			if (truth.isTrue()) {
				score += rule.points();
			}
			if (rule.kind().isGate() || truth != Truth.FALSE) { // a scoring rule that is false says nothing
				outcomes.add(RuleOutcome.of(rule, truth, questionsByRule.getOrDefault(rule.key(), Set.of())));
			}
		}
		return new Scored(form, score, excluded, outcomes);
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

	private Readiness readiness(Answers answers) {
		for (QuestionSpec question : ruleset.questions()) {
			if (question.type() != QuestionType.CHECKLIST) {
				continue;
			}
			String ready = question.options().isEmpty() ? null : question.options().get(0);
			Map<String, String> levels = answers.get(question.key())
				.filter(Answer.Checklist.class::isInstance)
				.map(answer -> ((Answer.Checklist) answer).levels())
				.orElse(Map.of());
			List<Readiness.Line> lines = new ArrayList<>();
			int weak = 0;
			for (String line : question.lines()) {
				String level = levels.get(line);
				boolean isWeak = level != null && !level.equals(ready);
				if (isWeak) {
					weak++;
				}
				lines.add(new Readiness.Line(line, level, isWeak));
			}
			return new Readiness(lines, weak);
		}
		return Readiness.NONE;
	}

	private record Scored(String form, int score, boolean excluded, List<RuleOutcome> outcomes) {
	}
}
