package fr.capcooperation.presentation;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.Recommendation;
import fr.capcooperation.rules.Status;

/**
 * What one attendee's journey adds to its session's figures, as items counted once each: the
 * participant; each question answered among those the journey shows, and each option chosen
 * (a multiple choice, each option), the range of a number, each line and level of the
 * readiness checklist; and, once every shown question is answered, the finished questionnaire
 * and the form(s) the rules engine ranks first on the journey's own catalogue version
 * («&nbsp;aucune&nbsp;» when none is recommended). An answer hidden by a later one counts for nothing.
 */
final class LiveContribution {

	static final String PARTICIPANT = "participant";
	static final String FINISHED = "finished";
	static final String NO_RECOMMENDATION = "aucune";
	/** Lower bounds of the ranges of a number question (member count). */
	static final int[] RANGES = { 2, 3, 5, 7, 10 };

	private LiveContribution() {
	}

	/** What a journey just started adds: one participant. */
	static SortedSet<String> joined() {
		return new TreeSet<>(Set.of(PARTICIPANT));
	}

	static SortedSet<String> of(Journey journey) {
		SortedSet<String> items = joined();
		Set<String> shown = journey.flow().visibleQuestions().stream().map(Question::key).collect(Collectors.toSet());
		journey.answers().asMap().forEach((key, answer) -> {
			if (shown.contains(key)) {
				items.add(answered(key));
				if (answer instanceof Answer.Choice choice) {
					items.add(option(key, choice.option()));
				}
				else if (answer instanceof Answer.Choices choices) {
					choices.options().forEach(option -> items.add(option(key, option)));
				}
				else if (answer instanceof Answer.Number number) {
					items.add(range(key, rangeOf(number.value())));
				}
				else if (answer instanceof Answer.Checklist checklist) {
					checklist.levels().forEach((line, level) -> {
						items.add(line(key, line));
						items.add(level(key, line, level));
					});
				}
			}
		});
		if (journey.isComplete()) {
			items.add(FINISHED);
			Recommendation recommendation = journey.catalog().engine().evaluate(journey.answers());
			List<String> first = recommendation.forms()
				.stream()
				.filter(form -> form.status() == Status.RECOMMENDED && form.rank() == 1)
				.map(FormAssessment::form)
				.toList();
			if (first.isEmpty()) {
				items.add(form(NO_RECOMMENDATION));
			}
			first.forEach(form -> items.add(form(form)));
		}
		return items;
	}

	/** The range of a number: the index in {@link #RANGES} (below the first bound: the first range). */
	static int rangeOf(int value) {
		int index = 0;
		for (int i = 0; i < RANGES.length; i++) {
			if (value >= RANGES[i]) {
				index = i;
			}
		}
		return index;
	}

	static String answered(String question) {
		return "answered|" + question;
	}

	static String option(String question, String option) {
		return "option|" + question + "|" + option;
	}

	static String range(String question, int range) {
		return "range|" + question + "|" + range;
	}

	static String line(String question, String line) {
		return "line|" + question + "|" + line;
	}

	static String level(String question, String line, String level) {
		return "level|" + question + "|" + line + "|" + level;
	}

	static String form(String form) {
		return "form|" + form;
	}
}
