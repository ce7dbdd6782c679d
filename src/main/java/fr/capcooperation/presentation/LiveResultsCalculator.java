package fr.capcooperation.presentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.capcooperation.catalog.Catalog;
import fr.capcooperation.catalog.CatalogContent.CooperationForm;
import fr.capcooperation.catalog.CatalogContent.Option;
import fr.capcooperation.catalog.CatalogContent.Prerequisite;
import fr.capcooperation.catalog.CatalogContent.Question;
import fr.capcooperation.catalog.CatalogService;
import fr.capcooperation.presentation.LiveResults.LineResults;
import fr.capcooperation.presentation.LiveResults.QuestionResults;
import fr.capcooperation.presentation.LiveResults.Share;
import fr.capcooperation.questionnaire.Journey;
import fr.capcooperation.questionnaire.Journeys;
import fr.capcooperation.rules.Answer;
import fr.capcooperation.rules.FormAssessment;
import fr.capcooperation.rules.Recommendation;
import fr.capcooperation.rules.Status;

/**
 * Computes a live session's aggregates from the stored journeys: per question the count and
 * percentage of each option (a multiple choice counts each option chosen, out of those who
 * answered), member counts by range, readiness levels per prerequisite, and the forms that
 * the rules engine recommends first for each finished journey (on the journey's own
 * catalogue version).
 */
@Component
class LiveResultsCalculator {

	static final String NO_RECOMMENDATION = "aucune";
	/** Lower bounds of the ranges of a number question (member count). */
	static final int[] RANGES = { 2, 3, 5, 7, 10 };

	private final Journeys journeys;
	private final LiveAttendance attendance;
	private final CatalogService catalogs;
	private final MessageSource messages;

	LiveResultsCalculator(Journeys journeys, LiveAttendance attendance, CatalogService catalogs, MessageSource messages) {
		this.journeys = journeys;
		this.attendance = attendance;
		this.catalogs = catalogs;
		this.messages = messages;
	}

	LiveResults results(LiveSession session) {
		List<Journey> journeys = this.journeys.findAll(attendance.journeys(session));
		List<Journey> finished = journeys.stream().filter(Journey::isComplete).toList();
		List<QuestionResults> questions = List.of();
		List<Share> forms = List.of();
		if (session.revealed()) {
			Catalog catalog = catalogs.current();
			List<Map<String, Answer>> shown = journeys.stream().map(LiveResultsCalculator::shownAnswers).toList();
			questions = catalog.questions().stream().map(question -> question(catalog, question, shown)).toList();
			forms = forms(catalog, finished);
		}
		String fingerprint = Integer.toHexString(
				(session.id() + "|" + session.revealed() + "|" + journeys.size() + "|" + finished.size() + "|" + questions + "|" + forms)
					.hashCode());
		return new LiveResults(session.code(), session.revealed(), journeys.size(), finished.size(), questions, forms,
				fingerprint);
	}

	/** The answers to the questions that the journey shows (an answer hidden by a later one does not count). */
	private static Map<String, Answer> shownAnswers(Journey journey) {
		Set<String> visible = journey.flow().visibleQuestions().stream().map(Question::key).collect(Collectors.toSet());
		Map<String, Answer> shown = new LinkedHashMap<>();
		journey.answers().asMap().forEach((key, answer) -> {
			if (visible.contains(key)) {
				shown.put(key, answer);
			}
		});
		return shown;
	}

	private QuestionResults question(Catalog catalog, Question question, List<Map<String, Answer>> shown) {
		List<Answer> answers = shown.stream().map(map -> map.get(question.key())).filter(a -> a != null).toList();
		String type = question.type().name().toLowerCase(Locale.ROOT);
		return switch (question.type()) {
			case SINGLE, MULTIPLE -> new QuestionResults(question.key(), question.label(), type, answers.size(),
					options(question.options(), answers), List.of());
			case NUMBER -> new QuestionResults(question.key(), question.label(), type, answers.size(), ranges(answers),
					List.of());
			case CHECKLIST -> new QuestionResults(question.key(), question.label(), type, answers.size(), List.of(),
					lines(catalog, question, answers));
		};
	}

	private static List<Share> options(List<Option> options, List<Answer> answers) {
		List<Share> shares = new ArrayList<>();
		for (Option option : options) {
			int count = 0;
			for (Answer answer : answers) {
				if (answer instanceof Answer.Choice choice && choice.option().equals(option.key())
						|| answer instanceof Answer.Choices choices && choices.options().contains(option.key())) {
					count++;
				}
			}
			shares.add(new Share(option.key(), option.label(), count, LiveResults.percent(count, answers.size())));
		}
		return shares;
	}

	private List<Share> ranges(List<Answer> answers) {
		List<Share> shares = new ArrayList<>();
		for (int i = 0; i < RANGES.length; i++) {
			int from = RANGES[i];
			int to = i + 1 < RANGES.length ? RANGES[i + 1] - 1 : Integer.MAX_VALUE;
			int count = 0;
			for (Answer answer : answers) {
				if (answer instanceof Answer.Number number && number.value() >= from && number.value() <= to
						|| i == 0 && answer instanceof Answer.Number small && small.value() < from) {
					count++;
				}
			}
			String label = to == Integer.MAX_VALUE ? message("presentation.live.range.from", from)
					: from == to ? String.valueOf(from) : message("presentation.live.range.between", from, to);
			shares.add(new Share(to == Integer.MAX_VALUE ? from + "+" : from + "-" + to, label, count,
					LiveResults.percent(count, answers.size())));
		}
		return shares;
	}

	private static List<LineResults> lines(Catalog catalog, Question question, List<Answer> answers) {
		List<LineResults> lines = new ArrayList<>();
		for (Prerequisite line : catalog.prerequisites()) {
			List<String> levels = answers.stream()
				.filter(Answer.Checklist.class::isInstance)
				.map(answer -> ((Answer.Checklist) answer).levels().get(line.key()))
				.filter(level -> level != null)
				.toList();
			List<Share> shares = new ArrayList<>();
			for (Option option : question.options()) {
				int count = (int) levels.stream().filter(option.key()::equals).count();
				shares.add(new Share(option.key(), option.label(), count, LiveResults.percent(count, levels.size())));
			}
			lines.add(new LineResults(line.key(), line.label(), levels.size(), shares));
		}
		return lines;
	}

	/** The forms recommended first (ties count for each form), out of the finished journeys. */
	private List<Share> forms(Catalog catalog, List<Journey> finished) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (CooperationForm form : catalog.forms()) {
			counts.put(form.key(), 0);
		}
		counts.put(NO_RECOMMENDATION, 0);
		for (Journey journey : finished) {
			Recommendation recommendation = journey.catalog().engine().evaluate(journey.answers());
			List<String> first = recommendation.forms()
				.stream()
				.filter(form -> form.status() == Status.RECOMMENDED && form.rank() == 1)
				.map(FormAssessment::form)
				.toList();
			if (first.isEmpty()) {
				counts.merge(NO_RECOMMENDATION, 1, Integer::sum);
			}
			for (String form : first) {
				counts.merge(form, 1, Integer::sum);
			}
		}
		List<Share> shares = new ArrayList<>();
		counts.forEach((key, count) -> {
			if (count > 0) {
				String label = key.equals(NO_RECOMMENDATION) ? message("presentation.live.forms.none")
						: catalog.form(key).map(CooperationForm::shortName).orElse(key);
				shares.add(new Share(key, label, count, LiveResults.percent(count, finished.size())));
			}
		});
		shares.sort((a, b) -> Integer.compare(b.count(), a.count()));
		return shares;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.FRANCE);
	}
}
