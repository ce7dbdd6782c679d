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

import fr.capcooperation.rules.GroupDiagnosis.Agreement;
import fr.capcooperation.rules.GroupDiagnosis.PartnerResult;
import fr.capcooperation.rules.GroupDiagnosis.Position;
import fr.capcooperation.rules.GroupDiagnosis.PositionState;
import fr.capcooperation.rules.GroupDiagnosis.PrerequisiteSpread;
import fr.capcooperation.rules.GroupDiagnosis.QuestionComparison;
import fr.capcooperation.rules.GroupDiagnosis.Variant;

/**
 * Where the partners of a shared approach agree, and which of their divergences change the
 * recommendation. Plain Java, deterministic, thread-safe; one engine (one catalogue version).
 *
 * <p>A partner stands for the answers its respondents give alike; respondents who disagree make
 * the partner divided on that question. The shared answers are those every respondent who knows
 * gives alike: a disputed question stays unanswered, so the shared recommendation says what can
 * be recommended while the dispute lasts (a disputed degree of rapprochement recommends no
 * common structure, principle P7). Each prerequisite takes its weakest level among all
 * respondents: one partner answering « Pas encore » makes it weak for the group.
 *
 * <p>For each divergent question, the shared answers are evaluated once per answer given; the
 * question's impact is the number of forms recommended under one answer and not under another,
 * or excluded under one and not another. The questions to discuss first are the divergent ones
 * with an impact, the largest first (questionnaire order breaks ties).
 */
public final class Divergences {

	private final RulesEngine engine;
	private final Ruleset ruleset;

	public Divergences(RulesEngine engine) {
		this.engine = engine;
		this.ruleset = engine.ruleset();
	}

	public GroupDiagnosis diagnose(List<PartnerAnswers> partners) {
		@Nullable QuestionSpec checklist = checklist();
		List<PartnerResult> results = new ArrayList<>(partners.size());
		List<List<Answers>> answeredByPartner = new ArrayList<>(partners.size());
		List<Answers> everyone = new ArrayList<>();
		for (PartnerAnswers partner : partners) {
			List<Answers> answered = answered(partner);
			answeredByPartner.add(answered);
			everyone.addAll(answered);
			Answers own = combine(answered, checklist);
			results.add(new PartnerResult(partner.partner(), partner.respondents().size(), answered.size(), own,
					engine.evaluateWithoutChanges(own)));
		}
		Answers shared = combine(everyone, checklist);
		Recommendation sharedRecommendation = engine.evaluateWithoutChanges(shared);

		List<Set<String>> shownByPartner = new ArrayList<>(results.size());
		for (PartnerResult result : results) {
			shownByPartner.add(result.hasAnswered() ? shown(result.answers()) : Set.of());
		}
		Set<String> shownShared = shown(shared);
		List<QuestionComparison> questions = new ArrayList<>();
		for (QuestionSpec question : ruleset.questions()) {
			if (question.type() == QuestionType.CHECKLIST) {
				continue;
			}
			@Nullable QuestionComparison comparison = compare(question, answeredByPartner, results, shownByPartner, shownShared, shared);
			if (comparison != null) {
				questions.add(comparison);
			}
		}
		List<QuestionComparison> toDiscuss = new ArrayList<>(
				questions.stream().filter(q -> q.agreement() == Agreement.DIVERGENT && q.impact() > 0).toList());
		toDiscuss.sort(Comparator.comparingInt((QuestionComparison q) -> -q.impact())); // stable: questionnaire order
		return new GroupDiagnosis(shared, sharedRecommendation, results, questions, toDiscuss,
				checklist == null ? List.of() : spreads(checklist, answeredByPartner, results));
	}

	/**
	 * « Et si… ? »: the group's recommendation if every partner agreed on one of the answers given
	 * to a divergent question ({@code answer} must be one of its variants). The diagnosis is not
	 * changed and nothing is saved.
	 *
	 * @throws IllegalArgumentException when the question is not in dispute or nobody gave that answer
	 */
	public Settlement settle(GroupDiagnosis diagnosis, String question, Answer answer) {
		boolean disputed = diagnosis.questions()
			.stream()
			.filter(q -> q.question().equals(question) && q.agreement() == Agreement.DIVERGENT)
			.flatMap(q -> q.variants().stream())
			.anyMatch(variant -> variant.answer().equals(answer));
		if (!disputed) {
			throw new IllegalArgumentException("Not an answer in dispute: " + question + " = " + answer);
		}
		Answers answers = diagnosis.shared().with(question, answer);
		Recommendation before = diagnosis.sharedRecommendation();
		Recommendation after = engine.evaluateWithoutChanges(answers);
		List<String> nowRecommended = new ArrayList<>();
		List<String> noLongerRecommended = new ArrayList<>();
		List<String> nowExcluded = new ArrayList<>();
		List<String> noLongerExcluded = new ArrayList<>();
		for (String form : ruleset.forms()) {
			Status was = before.form(form).status();
			Status is = after.form(form).status();
			if (is == Status.RECOMMENDED && was != Status.RECOMMENDED) {
				nowRecommended.add(form);
			}
			if (was == Status.RECOMMENDED && is != Status.RECOMMENDED) {
				noLongerRecommended.add(form);
			}
			if (is == Status.EXCLUDED && was != Status.EXCLUDED) {
				nowExcluded.add(form);
			}
			if (was == Status.EXCLUDED && is != Status.EXCLUDED) {
				noLongerExcluded.add(form);
			}
		}
		return new Settlement(question, answer, answers, after, nowRecommended, noLongerRecommended, nowExcluded,
				noLongerExcluded);
	}

	/**
	 * The respondents who have answered, each with the answers that apply only: an answer kept
	 * for a question that a later answer hid was not given to this approach's questions.
	 */
	private List<Answers> answered(PartnerAnswers partner) {
		return partner.respondents()
			.stream()
			.filter(answers -> !answers.asMap().isEmpty())
			.map(answers -> Answers.of(ruleset.applicable(answers).asMap()))
			.toList();
	}

	/**
	 * The answers a set of respondents give alike: a question with one known answer gets it; with
	 * none, « Je ne sais pas » when someone said so; with several, nothing. The checklist gets each
	 * line's weakest level.
	 */
	private Answers combine(List<Answers> respondents, @Nullable QuestionSpec checklist) {
		Map<String, Answer> combined = new LinkedHashMap<>();
		for (QuestionSpec question : ruleset.questions()) {
			if (question == checklist) {
				Map<String, String> levels = weakestLevels(question, respondents);
				if (!levels.isEmpty()) {
					combined.put(question.key(), new Answer.Checklist(levels));
				}
				continue;
			}
			Set<Answer> known = new LinkedHashSet<>();
			@Nullable Answer unknown = null;
			for (Answers answers : respondents) {
				@Nullable Answer answer = answers.get(question.key()).orElse(null);
				if (answer == null) {
					continue;
				}
				if (answer.isKnown()) {
					known.add(answer);
				}
				else {
					unknown = answer;
				}
			}
			if (known.size() == 1) {
				combined.put(question.key(), known.iterator().next());
			}
			else if (known.isEmpty() && unknown != null) {
				combined.put(question.key(), unknown);
			}
		}
		return Answers.of(combined);
	}

	private static Map<String, String> weakestLevels(QuestionSpec checklist, List<Answers> respondents) {
		Map<String, String> weakest = new LinkedHashMap<>();
		for (String line : checklist.lines()) {
			for (Answers answers : respondents) {
				@Nullable String level = level(answers, checklist, line);
				if (level == null) {
					continue;
				}
				@Nullable String before = weakest.get(line);
				if (before == null || checklist.options().indexOf(level) > checklist.options().indexOf(before)) {
					weakest.put(line, level);
				}
			}
		}
		return weakest;
	}

	private static @Nullable String level(Answers answers, QuestionSpec checklist, String line) {
		return answers.get(checklist.key())
			.filter(Answer.Checklist.class::isInstance)
			.map(answer -> ((Answer.Checklist) answer).levels().get(line))
			.orElse(null);
	}

	private @Nullable QuestionComparison compare(QuestionSpec question, List<List<Answers>> answeredByPartner,
			List<PartnerResult> results, List<Set<String>> shownByPartner, Set<String> shownShared, Answers shared) {
		List<Position> positions = new ArrayList<>(results.size());
		Map<Answer, List<String>> holders = new LinkedHashMap<>();
		boolean shownToSomeone = shownShared.contains(question.key());
		boolean everyPartnerKnows = true;
		for (int i = 0; i < results.size(); i++) {
			PartnerResult result = results.get(i);
			Set<Answer> known = new LinkedHashSet<>();
			boolean dontKnow = false;
			for (Answers answers : answeredByPartner.get(i)) {
				@Nullable Answer answer = answers.get(question.key()).orElse(null);
				if (answer != null && answer.isKnown()) {
					known.add(answer);
				}
				dontKnow |= answer != null && !answer.isKnown();
			}
			known.forEach(answer -> holders.computeIfAbsent(answer, key -> new ArrayList<>()).add(result.partner()));
			boolean shown = shownByPartner.get(i).contains(question.key());
			shownToSomeone |= shown;
			PositionState state;
			@Nullable Answer answer = null;
			if (known.size() > 1) {
				state = PositionState.DIVIDED;
			}
			else if (known.size() == 1) {
				state = PositionState.ANSWERED;
				answer = known.iterator().next();
			}
			else if (result.hasAnswered() && !shown) {
				state = PositionState.NOT_ASKED;
			}
			else {
				state = dontKnow ? PositionState.DONT_KNOW : PositionState.UNANSWERED;
			}
			everyPartnerKnows &= state == PositionState.ANSWERED || state == PositionState.NOT_ASKED;
			positions.add(new Position(result.partner(), state, answer));
		}
		if (!shownToSomeone && holders.isEmpty()) {
			return null;
		}
		if (holders.size() <= 1) {
			Agreement agreement = holders.isEmpty() ? Agreement.UNKNOWN
					: everyPartnerKnows ? Agreement.AGREED : Agreement.PARTLY_KNOWN;
			return new QuestionComparison(question.key(), positions, agreement, 0, List.of());
		}
		List<Variant> variants = new ArrayList<>(holders.size());
		List<Recommendation> outcomes = new ArrayList<>(holders.size());
		holders.forEach((answer, who) -> {
			Recommendation outcome = engine.evaluateWithoutChanges(shared.with(question.key(), answer));
			outcomes.add(outcome);
			variants.add(new Variant(answer, who, forms(outcome, Status.RECOMMENDED), forms(outcome, Status.EXCLUDED)));
		});
		return new QuestionComparison(question.key(), positions, Agreement.DIVERGENT, impact(outcomes), variants);
	}

	private Set<String> shown(Answers answers) {
		Set<String> shown = new HashSet<>();
		ruleset.visibleQuestions(answers).forEach(question -> shown.add(question.key()));
		return shown;
	}

	private static List<String> forms(Recommendation recommendation, Status status) {
		return recommendation.withStatus(status).stream().map(FormAssessment::form).toList();
	}

	/** The forms recommended under one answer and not another, or excluded under one and not another. */
	private int impact(List<Recommendation> outcomes) {
		int impact = 0;
		for (String form : ruleset.forms()) {
			Set<Boolean> recommended = new LinkedHashSet<>();
			Set<Boolean> excluded = new LinkedHashSet<>();
			for (Recommendation outcome : outcomes) {
				Status status = outcome.form(form).status();
				recommended.add(status == Status.RECOMMENDED);
				excluded.add(status == Status.EXCLUDED);
			}
			if (recommended.size() > 1 || excluded.size() > 1) {
				impact++;
			}
		}
		return impact;
	}

	private List<PrerequisiteSpread> spreads(QuestionSpec checklist, List<List<Answers>> answeredByPartner,
			List<PartnerResult> results) {
		@Nullable Guidance guidance = ruleset.guidance();
		List<String> levels = checklist.options();
		Set<String> weakLevels = guidance != null ? Set.copyOf(guidance.weakLevels())
				: levels.isEmpty() ? Set.of() : Set.of(levels.get(levels.size() - 1));
		@Nullable String ready = levels.isEmpty() ? null : levels.get(0);
		List<PrerequisiteSpread> spreads = new ArrayList<>(checklist.lines().size());
		for (String line : checklist.lines()) {
			Map<String, Integer> counts = new LinkedHashMap<>();
			levels.forEach(level -> counts.put(level, 0));
			for (List<Answers> answered : answeredByPartner) {
				for (Answers answers : answered) {
					@Nullable String level = level(answers, checklist, line);
					if (level != null) {
						counts.merge(level, 1, Integer::sum);
					}
				}
			}
			Map<String, @Nullable String> byPartner = new LinkedHashMap<>();
			boolean weak = false;
			boolean toConsolidate = false;
			for (PartnerResult result : results) {
				@Nullable String level = level(result.answers(), checklist, line);
				byPartner.put(result.partner(), level);
				weak |= level != null && weakLevels.contains(level);
				toConsolidate |= level != null && !level.equals(ready);
			}
			spreads.add(new PrerequisiteSpread(line, counts, byPartner, weak, toConsolidate));
		}
		return spreads;
	}

	private @Nullable QuestionSpec checklist() {
		for (QuestionSpec question : ruleset.questions()) {
			if (question.type() == QuestionType.CHECKLIST) {
				return question;
			}
		}
		return null;
	}
}
