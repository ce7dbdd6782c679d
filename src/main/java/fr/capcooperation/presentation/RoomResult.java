package fr.capcooperation.presentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import fr.capcooperation.advice.Advice;
import fr.capcooperation.advice.Advice.AnswerLine;
import fr.capcooperation.advice.Advice.FormAdvice;
import fr.capcooperation.advice.Advice.Reason;
import fr.capcooperation.advice.Advisor;
import fr.capcooperation.answers.QuestionnaireFlow;
import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.Answers;
import fr.capcooperation.rules.QuestionType;
import fr.capcooperation.rules.Status;

/**
 * What the room's result shows: the two or three forms that fit best (or, when only one fits, the
 * nearest excluded one), each with its strongest reasons (or what excludes it); what separates
 * the first from each of the others (the answers that count for one and not, or less, for the
 * other); the room's weakest prerequisites; and, for the single-choice
 * answers that decided, each other choice with the form it would put first, one click away.
 */
record RoomResult(List<Standing> standings, List<Advice.ReadinessLine> weak, boolean readinessRated,
		List<Switch> switches) {

	/** Forms shown on the result slide. */
	static final int FORMS_SHOWN = 3;
	/** Reasons shown for each form (the strongest), so that the slide never scrolls. */
	static final int REASONS_SHOWN = 1;
	/** Answers named as what separates two forms. */
	static final int CRITERIA_SHOWN = 2;
	/** Questions offered in « Et si… ? ». */
	static final int SWITCHES_SHOWN = 3;
	/** What an answer that excludes a form weighs against it, when comparing two forms. */
	private static final int OBSTACLE = 10;

	/**
	 * A form among the best: its advice, its strongest reasons for it (or what excludes it), and
	 * for all but the first, the answers that put the first ahead of it.
	 */
	record Standing(FormAdvice form, List<Reason> reasons, List<AnswerLine> behindFirst) {
	}

	/** An answer that decided, and each other choice (or, for a multiple choice, each option taken away) with what it would change. */
	record Switch(String question, String answer, List<Alternative> alternatives) {
	}

	/** Another choice: its label, the result's address with it, the form that would then come first. */
	record Alternative(String option, String url, String leader, boolean changesLeader) {
	}

	/**
	 * @param resultUrl the result's address for other answers
	 * @param noForm what is said when no form comes first
	 * @param without the words of a multiple choice without one of its options (its label given)
	 */
	static RoomResult of(Catalog catalog, Answers answers, Advisor advisor, Function<Answers, String> resultUrl,
			String noForm, Function<String, String> without) {
		Advice advice = advisor.advise(catalog, answers);
		// the forms that fit, best first; when fewer than two fit, the nearest excluded ones (fewest obstacles)
		List<FormAdvice> best = new ArrayList<>(advice.forms()
			.stream()
			.filter(form -> form.status() != Status.EXCLUDED)
			.sorted(Comparator.comparingInt(FormAdvice::rank))
			.limit(FORMS_SHOWN)
			.toList());
		if (best.size() < 2) {
			advice.excluded()
				.stream()
				.sorted(Comparator.<FormAdvice>comparingInt(form -> form.blocks().size())
					.thenComparing(Comparator.comparingInt(FormAdvice::score).reversed()))
				.limit(2 - best.size())
				.forEach(best::add);
		}
		List<Standing> standings = new ArrayList<>();
		Set<String> decisive = new LinkedHashSet<>();
		for (int i = 0; i < best.size(); i++) {
			FormAdvice form = best.get(i);
			List<AnswerLine> criteria = i == 0 ? List.of() : separating(best.get(0), form);
			criteria.forEach(line -> decisive.add(line.question()));
			standings.add(new Standing(form, (form.status() == Status.EXCLUDED ? form.blocks() : form.supports())
				.stream()
				.sorted(Comparator.comparingInt(Reason::weight).reversed())
				.limit(REASONS_SHOWN)
				.toList(), criteria));
		}
		if (!best.isEmpty()) {
			best.get(0).supports().forEach(reason -> reason.answers().forEach(line -> decisive.add(line.question())));
		}
		String leader = leader(advice, noForm);
		List<Switch> switches = new ArrayList<>();
		for (String key : decisive) {
			Optional<Question> question = catalog.question(key);
			Answer given = answers.get(key).orElse(null);
			if (question.isEmpty() || switches.size() >= SWITCHES_SHOWN) {
				continue;
			}
			List<Alternative> alternatives = new ArrayList<>();
			if (question.get().type() == QuestionType.SINGLE && given instanceof Answer.Choice choice) {
				// each other choice
				for (Option option : question.get().options()) {
					Answers switched = answers.with(key, new Answer.Choice(option.key()));
					// a choice that would ask the room new questions is changed on its slide, not here
					if (!option.key().equals(choice.option()) && new QuestionnaireFlow(catalog, switched).firstUnanswered().isEmpty()) {
						alternatives.add(alternative(catalog, switched, option.label(),
								advisor, resultUrl, noForm, leader));
					}
				}
			}
			else if (question.get().type() == QuestionType.MULTIPLE && given instanceof Answer.Choices chosen
					&& chosen.options().size() > 1) {
				// each option chosen, taken away
				for (String option : chosen.options()) {
					Set<String> fewer = new LinkedHashSet<>(chosen.options());
					fewer.remove(option);
					Answers switched = answers.with(key, new Answer.Choices(fewer));
					if (new QuestionnaireFlow(catalog, switched).firstUnanswered().isEmpty()) {
						alternatives.add(alternative(catalog, switched, without.apply(catalog.optionLabel(key, option)), advisor,
								resultUrl, noForm, leader));
					}
				}
			}
			if (!alternatives.isEmpty() && given != null) {
				switches.add(new Switch(question.get().label(), advisor.answerText(catalog, key, given), alternatives));
			}
		}
		return new RoomResult(standings, advice.readiness().weak(), advice.readiness().answered() > 0, switches);
	}

	/**
	 * The answers that count more for the first form than for the other: points for the first
	 * (its reasons for, the other's reasons against) minus points for the other, by question.
	 */
	private static List<AnswerLine> separating(FormAdvice first, FormAdvice other) {
		Map<String, Integer> balance = new LinkedHashMap<>();
		Map<String, AnswerLine> lines = new LinkedHashMap<>();
		weigh(first, 1, balance, lines);
		weigh(other, -1, balance, lines);
		return balance.entrySet()
			.stream()
			.filter(entry -> entry.getValue() > 0)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(CRITERIA_SHOWN)
			.map(entry -> lines.get(entry.getKey()))
			.toList();
	}

	private static void weigh(FormAdvice form, int sign, Map<String, Integer> balance, Map<String, AnswerLine> lines) {
		for (Reason reason : form.reasons()) {
			int points = switch (reason.effect()) {
				case SUPPORTS -> Math.max(1, reason.weight());
				case WEAKENS -> -Math.max(1, reason.weight());
				// an answer that excludes the form outweighs any score
				case BLOCKS -> -OBSTACLE;
				default -> 0;
			};
			for (AnswerLine line : reason.answers()) {
				balance.merge(line.question(), sign * points, Integer::sum);
				lines.putIfAbsent(line.question(), line);
			}
		}
	}

	private static Alternative alternative(Catalog catalog, Answers switched, String label, Advisor advisor,
			Function<Answers, String> resultUrl, String noForm, String leader) {
		String then = leader(advisor.advise(catalog, switched), noForm);
		return new Alternative(label, resultUrl.apply(switched), then, !then.equals(leader));
	}

	/** The form(s) recommended first, by their short names. */
	private static String leader(Advice advice, String noForm) {
		List<String> first = advice.recommended()
			.stream()
			.filter(form -> form.rank() == 1)
			.map(form -> form.form().shortName())
			.toList();
		return first.isEmpty() ? noForm : String.join(" · ", first);
	}
}
